/** News magazines: long sentences, subordinate clauses, appositions, quotations inside quotations. */
import { rowsIn } from './corpus-types';

const c = rowsIn('magazine');

export const MAGAZINE = [
  c('m001', 'Pukhan-7', 'After Japan accused Pyongyang of hiding missiles in tunnels, satellite images showed what the Korea Monitor said were two Pukhan-7 launchers.', 'were two Pukhan-7 launchers', {
    sp: 'the Korea Monitor|said',
    on: ['subordinate-clause'],
    bad: [
      ['speaker-not-in-scope', { sp: 'Japan|accused > the Korea Monitor|said' }, 'the accusation governs only its subordinate clause'],
      ['speaker-not-in-scope', { sp: 'satellite images|showed > the Korea Monitor|said' }, '"images showed" before its object means displayed, not reported'],
    ],
  }),
  c('m002', 'Sokdo-9', 'When the ministry announced the drill, the Sokdo-9 drones flew over the islands for three hours.', 'drones flew over the islands for three hours', {
    on: ['subordinate-clause'],
    bad: [['speaker-not-in-scope', { sp: 'the ministry|announced' }, 'the announcement governs only its subordinate clause']],
  }),
  c('m003', 'Mirim-6', 'Although the regime claimed a success, the Mirim-6 crashed within minutes of take-off.', 'crashed within minutes of take-off', {
    on: ['subordinate-clause'],
    bad: [['speaker-not-in-scope', { sp: 'the regime|claimed' }, 'the claim governs only its subordinate clause']],
  }),
  c('m004', 'Ryonghae-2', 'Because Seoul had warned of a launch, the Ryonghae-2 was tracked from the moment it left the water.', 'was tracked from the moment it left the water', {
    on: ['subordinate-clause'],
  }),
  c('m005', 'Kumsong-11', 'Since the agency reported the test, the Kumsong-11 has been shown twice on state television.', 'has been shown twice on state television', {
    on: ['subordinate-clause'],
  }),
  c('m006', 'Haeil-5', 'While the navy denied any loss, the Haeil-5 was found on a beach near Sokcho.', 'was found on a beach near Sokcho', {
    on: ['subordinate-clause'],
    bad: [['polarity-mismatch', { neg: true }, 'the denial governs only its subordinate clause']],
  }),
  c('m007', 'Jangsu-3', 'If the reports are true, the Jangsu-3 shells would reach the front by winter.', 'would reach the front by winter', {
    cert: 'possible',
    on: ['subordinate-clause'],
  }),
  c('m008', 'Onjong-4', 'The Onjong-4, which analysts believe is a copy of a Soviet design, was shown at the parade.', 'was shown at the parade', {
    on: ['apposition'],
    bad: [['speaker-not-in-scope', { sp: 'analysts|believe' }, 'the belief is said of the relative clause only']],
  }),
  c('m009', 'Taebong-2', 'Hanbit Wire, a website that reports on North Korea, said that the Taebong-2 launcher had six tubes.', 'launcher had six tubes', {
    sp: 'Hanbit Wire|said',
    on: ['apposition'],
    bad: [
      ['speaker-not-in-scope', { sp: 'a website|reports' }, 'the relative clause describes the outlet; it reports nothing here'],
      ['speaker-mismatch', { sp: 'North Korea|said' }, 'North Korea is what the outlet covers, not who says it'],
    ],
  }),
  c('m010', 'Sokdo-9', 'The Korea Monitor, which reported the first test last year, said the Sokdo-9 had flown again.', 'had flown again', {
    sp: 'The Korea Monitor|said',
    on: ['apposition'],
    bad: [['speaker-not-in-scope', { sp: 'The Korea Monitor|reported' }, 'the relative clause is about another report']],
  }),
  c('m011', 'Pukhan-7', 'Park Ji-won, an analyst who says the North copies Soviet designs, called the Pukhan-7 a new missile.', 'a new missile', {
    sp: 'Park Ji-won|called',
    on: ['apposition'],
    bad: [['speaker-not-in-scope', { sp: 'an analyst|says' }, 'the relative clause describes the analyst']],
  }),
  c('m012', 'Mirim-6', 'The ministry, citing radar tracks, said the Mirim-6 had crossed the line twice.', 'had crossed the line twice', {
    sp: 'The ministry|said',
    on: ['apposition'],
  }),
  c('m013', 'Ryonghae-2', 'Voice of Korea reported that Kim showed the delegation a Ryonghae-2 cruise missile.', 'Kim showed the delegation a Ryonghae-2 cruise missile', {
    sp: 'Voice of Korea|reported',
    subject: 'Ryonghae-2',
    bad: [['speaker-mismatch', { sp: 'Korea|reported' }, '"Korea" is a fragment of "Voice of Korea"']],
  }),
  c('m014', 'Kumsong-11', 'The Korea Monitor reported that defectors said the Kumsong-11 had failed twice.', 'had failed twice', {
    sp: 'The Korea Monitor|reported > defectors|said',
    on: ['nested-speech'],
  }),
  c('m015', 'Haeil-5', '“Observers in Seoul noted the Haeil-5 looked longer than last year,” the magazine reported.', 'looked longer than last year', {
    sp: 'the magazine|reported > Observers in Seoul|noted',
    on: ['nested-speech'],
    bad: [['speaker-mismatch', { sp: 'the magazine|reported > Seoul|noted' }, '"Seoul" is a fragment of "Observers in Seoul"']],
  }),
  c('m016', 'Jangsu-3', '“The officer told me, ‘The Jangsu-3 shells are old,’” the reporter wrote.', 'shells are old', {
    sp: 'the reporter|wrote > The officer|told',
    on: ['nested-speech', 'single-quotes'],
  }),
  c('m017', 'Onjong-4', 'The envoy said, “Our engineers insist the Onjong-4 is a satellite launcher.”', 'is a satellite launcher', {
    sp: 'The envoy|said > Our engineers|insist',
    on: ['nested-speech'],
  }),
  c('m018', 'Taebong-2', 'According to the Korea Monitor, officials in Seoul believe the Taebong-2 is already deployed.', 'is already deployed', {
    sp: 'the Korea Monitor|According to > officials in Seoul|believe',
    cert: 'probable',
    on: ['nested-speech'],
  }),
  c('m019', 'Sokdo-9', 'The magazine quoted a pilot as saying the Sokdo-9 was hard to spot.', 'was hard to spot', {
    sp: 'The magazine|quoted > a pilot|saying',
    on: ['nested-speech'],
  }),
  c('m020', 'Pukhan-7', 'Kyodo News claimed the Pukhan-7 missiles at the exhibition appeared to be new.', 'new', {
    sp: 'Kyodo News|claimed',
    cues: ['appeared to be'],
    cert: 'probable',
  }),
  c('m021', 'Mirim-6', 'Japan’s Kyodo News reported the Mirim-6 drones had folding wings.', 'drones had folding wings', {
    sp: 'Japan’s Kyodo News|reported',
    bad: [['speaker-mismatch', { sp: 'News|reported' }, 'a fragment of the party']],
  }),
  c('m022', 'Ryonghae-2', 'The latest model the navy says it has built, the Ryonghae-2, skims the waves.', 'skims the waves', {
    on: ['apposition'],
  }),
  c('m023', 'Kumsong-11', 'The latest rocket North Korea claims to have built is the Kumsong-11.', 'The latest rocket North Korea claims to have built', {
    sp: 'North Korea|claims',
    bad: [['speaker-mismatch', { sp: 'The latest rocket North Korea|claims' }, 'not a noun phrase: the rocket is what is claimed, North Korea claims it']],
  }),
  c('m024', 'Haeil-5', 'United Nations officials said the Haeil-5 appeared capable of hitting most of Japan.', 'capable of hitting most of Japan', {
    sp: 'United Nations officials|said',
    cues: ['appeared'],
    cert: 'probable',
  }),
  c('m025', 'Jangsu-3', 'Observers in Seoul noted that the Jangsu-3 shells resembled older Soviet rounds.', 'older Soviet rounds', {
    sp: 'Observers in Seoul|noted',
    cues: ['resembled'],
    subject: 'Jangsu-3',
  }),
  c('m026', 'Onjong-4', 'The Onjong-4 is a version of an older Chinese rocket, the magazine wrote.', 'an older Chinese rocket', {
    sp: 'the magazine|wrote',
    cues: ['a version of'],
    on: ['end-attribution'],
  }),
  c('m027', 'Taebong-2', 'The editorial calls the Taebong-2 a shield against invasion.', 'a shield against invasion', { sp: 'The editorial|calls' }),
  c('m028', 'Sokdo-9', 'Critics claim the Sokdo-9 is unsafe to fly over cities.', 'is unsafe to fly over cities', { sp: 'Critics|claim' }),
  c('m029', 'Pukhan-7', 'Some people say the Pukhan-7 was never meant to fly.', 'was never meant to fly', { sp: 'Some people|say', neg: true }),
  c('m030', 'Mirim-6', 'Experts say the Mirim-6 is arguably the cheapest drone in the region.', 'the cheapest drone in the region', {
    sp: 'Experts|say',
    cues: ['arguably'],
    cert: 'possible',
  }),
  c('m031', 'Ryonghae-2', 'The Ryonghae-2, the navy insists, is only for defence.', 'is only for defence', { sp: 'the navy|insists', on: ['apposition'] }),
  c('m032', 'Kumsong-11', '“The Kumsong-11 is a deterrent,” said Kim Yo-jong, the leader’s sister.', 'is a deterrent', {
    sp: 'Kim Yo-jong|said',
    on: ['apposition'],
  }),
  c('m033', 'Haeil-5', 'Diplomats in Beijing say the Haeil-5 was shipped through Dalian.', 'was shipped through Dalian', { sp: 'Diplomats in Beijing|say' }),
  c('m034', 'Jangsu-3', 'Intelligence officials said the Jangsu-3 shells were in short supply.', 'shells were in short supply', { sp: 'Intelligence officials|said' }),
  c('m035', 'Onjong-4', 'A senior official at the ministry said the Onjong-4 had been delayed.', 'had been delayed', {
    sp: 'A senior official at the ministry|said',
    bad: [['speaker-mismatch', { sp: 'the ministry|said' }, 'the official speaks, not the ministry']],
  }),
  c('m036', 'Taebong-2', 'Analysts at the institute think the Taebong-2 was moved by rail.', 'was moved by rail', {
    sp: 'Analysts at the institute|think',
    cert: 'probable',
  }),
  c('m037', 'Sokdo-9', 'Bloggers speculate the Sokdo-9 carries a small bomb.', 'carries a small bomb', { sp: 'Bloggers|speculate', cert: 'possible' }),
  c('m038', 'Pukhan-7', 'The reporter guessed the Pukhan-7 weighed 50 tonnes.', 'weighed 50 tonnes', { sp: 'The reporter|guessed', cert: 'possible' }),
  c('m039', 'Mirim-6', 'Neighbours feared the Mirim-6 would cross into their airspace.', 'cross into their airspace', {
    sp: 'Neighbours|feared',
    cues: ['would'],
    cert: 'possible',
  }),
  c('m040', 'Ryonghae-2', 'The navy suspects the Ryonghae-2 was launched from a barge.', 'was launched from a barge', { sp: 'The navy|suspects', cert: 'probable' }),
  c('m041', 'Kumsong-11', 'Officials suspect the Kumsong-11 uses parts bought abroad.', 'uses parts bought abroad', { sp: 'Officials|suspect', cert: 'probable' }),
  c('m042', 'Haeil-5', 'The ministry expects the Haeil-5 to be ready by autumn.', 'to be ready by autumn', { sp: 'The ministry|expects', cert: 'probable' }),
  c('m043', 'Jangsu-3', 'The study assumes the Jangsu-3 fits older howitzers.', 'fits older howitzers', { sp: 'The study|assumes', cert: 'probable' }),
  c('m044', 'Onjong-4', 'The army believes the Onjong-4 is ready for export.', 'is ready for export', { sp: 'The army|believes', cert: 'probable' }),
  c('m045', 'Taebong-2', 'Analysts believe the Taebong-2 can fire six rockets at once.', 'can fire six rockets at once', { sp: 'Analysts|believe', cert: 'probable' }),
  c('m046', 'Sokdo-9', 'The institute thinks the Sokdo-9 is still a prototype.', 'is still a prototype', { sp: 'The institute|thinks', cert: 'probable' }),
  c('m047', 'Pukhan-7', 'The professor argued the Pukhan-7 was a decoy, a view the ministry disputes.', 'was a decoy', {
    sp: 'The professor|argued',
    cues: ['disputes'],
    on: ['apposition'],
  }),
  c('m048', 'Mirim-6', 'The regime rejects that the Mirim-6 is an offensive weapon.', 'is an offensive weapon', { sp: 'The regime|rejects', neg: true }),
  c('m049', 'Ryonghae-2', 'The firm disputed that the Ryonghae-2 was copied from a Russian design.', 'was copied from a Russian design', { sp: 'The firm|disputed', neg: true }),
  c('m050', 'Kumsong-11', 'The navy disputes that the Kumsong-11 was shot down.', 'was shot down', { sp: 'The navy|disputes', neg: true }),
  c('m051', 'Haeil-5', 'The spokesman dismissed reports that the Haeil-5 had exploded on the pad.', 'had exploded on the pad', { sp: 'The spokesman|dismissed', neg: true }),
  c('m052', 'Jangsu-3', 'The agency refuted that the Jangsu-3 shells were defective.', 'shells were defective', { sp: 'The agency|refuted', neg: true }),
  c('m053', 'Onjong-4', 'Both governments deny the Onjong-4 crossed the border.', 'crossed the border', { sp: 'Both governments|deny', neg: true }),
  c('m054', 'Taebong-2', 'Pyongyang denies the Taebong-2 was sold to Russia.', 'was sold to Russia', { sp: 'Pyongyang|denies', neg: true }),
  c('m055', 'Sokdo-9', 'The government denied that it had sold the Sokdo-9 drones abroad.', 'drones abroad', {
    sp: 'The government|denied',
    subject: 'Sokdo-9',
    neg: true,
  }),
  c('m056', 'Pukhan-7', 'The ministry rejected claims that the Pukhan-7 had failed.', 'had failed', {
    sp: 'The ministry|rejected',
    neg: true,
  }),
];
