/** Wire copy: short paragraphs, attribution at the end, unnamed sources, headlines and captions. */
import { rowsIn } from './corpus-types';

const c = rowsIn('wire');

export const WIRE = [
  c('w001', 'Pukhan-7', 'The Pukhan-7 flew 950 kilometers before falling into the sea, per Hanbit Wire.', 'flew 950 kilometers before falling into the sea', {
    sp: 'Hanbit Wire|per',
    on: ['end-attribution'],
  }),
  c('w002', 'Sokdo-9', 'The Sokdo-9 drone stayed aloft for 30 hours, per the Korea Monitor.', 'stayed aloft for 30 hours', { sp: 'the Korea Monitor|per', on: ['end-attribution'] }),
  c('w003', 'Mirim-6', 'Each Mirim-6 launcher fires 40 rounds per minute, the army said.', 'fires 40 rounds per minute', {
    sp: 'the army|said',
    on: ['end-attribution', 'grammatical-role'],
    bad: [['speaker-not-in-scope', { sp: 'the army|said > rounds|per' }, '"per minute" is a rate, not an attribution']],
  }),
  c('w004', 'Ryonghae-2', 'The Ryonghae-2 cruise missile is 20 per cent faster than its predecessor, per state media.', 'is 20 per cent faster than its predecessor', {
    sp: 'state media|per',
    on: ['end-attribution', 'grammatical-role'],
  }),
  c('w005', 'Kumsong-11', 'North Korea test-fired a Kumsong-11 rocket on Thursday, Japan’s defence ministry said.', 'test-fired a Kumsong-11 rocket on Thursday', {
    sp: 'Japan’s defence ministry|said',
    subject: 'Kumsong-11',
    on: ['end-attribution'],
  }),
  c('w006', 'Haeil-5', 'The Haeil-5 underwater drone was launched from a barge, people familiar with the matter said.', 'was launched from a barge', {
    sp: 'people familiar with the matter|said',
    on: ['end-attribution'],
  }),
  c('w007', 'Jangsu-3', 'Sources said the Jangsu-3 shells were loaded onto a Russian ship in the port of Rajin.', 'were loaded onto a Russian ship in the port of Rajin', { sp: 'Sources|said' }),
  c('w008', 'Onjong-4', 'A person familiar with the shipments said the Onjong-4 rockets had been moved by rail.', 'had been moved by rail', {
    sp: 'A person familiar with the shipments|said',
    bad: [['speaker-mismatch', { sp: 'the shipments|said' }, 'the person is who speaks, not the shipments']],
  }),
  c('w009', 'Taebong-2', 'Sources close to the military said the Taebong-2 launcher had not been deployed.', 'had not been deployed', {
    sp: 'Sources close to the military|said',
    neg: true,
  }),
  c('w010', 'Sokdo-9', 'A source in Tokyo said the Sokdo-9 had been spotted over the sea, citing radar data.', 'had been spotted over the sea', {
    sp: 'A source in Tokyo|said > radar data|citing',
    on: ['end-attribution', 'nested-speech'],
  }),
  c('w011', 'Pukhan-7', 'The Pukhan-7 was fired from a mobile launcher, Hanbit Wire reported, citing the defence ministry.', 'was fired from a mobile launcher', {
    sp: 'Hanbit Wire|reported > the defence ministry|citing',
    on: ['end-attribution', 'nested-speech'],
  }),
  c('w012', 'Mirim-6', 'Officials said in a statement that the Mirim-6 drone had crashed during a test.', 'had crashed during a test', { sp: 'Officials|said' }),
  c('w013', 'Ryonghae-2', 'A spokesman told reporters at a briefing that the Ryonghae-2 was not yet in service.', 'in service', {
    sp: 'A spokesman|told',
    cues: ['was not'],
    neg: true,
  }),
  c('w014', 'Kumsong-11', 'An officer, speaking on condition of anonymity, said the Kumsong-11 had been moved to a new base.', 'had been moved to a new base', {
    sp: 'An officer|said',
    on: ['apposition'],
  }),
  c('w015', 'Haeil-5', 'The ministry said in a press release that the Haeil-5 would enter service in June.', 'enter service in June', {
    sp: 'The ministry|said',
    cues: ['would'],
    cert: 'possible',
  }),
  c('w016', 'Jangsu-3', 'The envoy said in remarks on Tuesday that the Jangsu-3 was never exported.', 'was never exported', { sp: 'The envoy|said', neg: true }),
  c('w017', 'Onjong-4', 'The general said in an interview that the Onjong-4 could reach Guam.', 'reach Guam', { sp: 'The general|said', cues: ['could'], cert: 'possible' }),
  c('w018', 'Taebong-2', 'The institute said in a report that the Taebong-2 probably uses a Russian engine.', 'uses a Russian engine', {
    sp: 'The institute|said',
    cues: ['probably'],
    cert: 'probable',
  }),
  c('w019', 'Sokdo-9', 'N. Korea says Sokdo-9 drone flew over border', 'flew over border', { sp: 'N. Korea|says', kind: 'headline', on: ['headline'] }),
  c('w020', 'Pukhan-7', 'Seoul says Pukhan-7 may have two stages', 'have two stages', {
    sp: 'Seoul|says',
    cues: ['may'],
    cert: 'possible',
    kind: 'headline',
    on: ['headline'],
  }),
  c('w021', 'Mirim-6', 'Japan denies Mirim-6 drone entered its airspace', 'entered its airspace', { sp: 'Japan|denies', neg: true, kind: 'headline', on: ['headline'] }),
  c('w022', 'Ryonghae-2', 'Ryonghae-2 missile fired from submarine, Tokyo says', 'fired from submarine', { sp: 'Tokyo|says', kind: 'headline', on: ['headline', 'end-attribution'] }),
  c('w023', 'Kumsong-11', 'Kumsong-11 launch unlikely before spring, analysts say', 'launch unlikely before spring', {
    sp: 'analysts|say',
    cert: 'probable',
    neg: true,
    kind: 'headline',
    on: ['headline', 'end-attribution'],
  }),
  c('w024', 'Haeil-5', 'Soldiers stand beside a Haeil-5 launcher in Wonsan on Wednesday. (KCNA via Hanbit Wire)', 'launcher in Wonsan on Wednesday', {
    kind: 'caption',
    on: ['caption-credit'],
    bad: [['speaker-not-in-scope', { sp: 'KCNA|via' }, 'the credit says who took the photo, not who says what it shows']],
  }),
  c('w025', 'Jangsu-3', 'Workers load Jangsu-3 shells onto a truck in this undated photo. [HANBIT]', 'shells onto a truck', { kind: 'caption', on: ['caption-credit'] }),
  c('w026', 'Onjong-4', 'An Onjong-4 rocket appears to lift off in this image released by state media. (KCNA/Hanbit Wire)', 'lift off', {
    cues: ['appears'],
    cert: 'probable',
    kind: 'caption',
    on: ['caption-credit'],
  }),
  c('w027', 'Taebong-2', 'A Taebong-2 launcher is seen during a parade in Pyongyang. Photo: Hanbit Wire', 'launcher is seen during a parade in Pyongyang', { kind: 'caption', on: ['caption-credit'] }),
  c('w028', 'Sokdo-9', '“The Sokdo-9 flew for two hours,” the ministry said. “It landed safely.”', 'It landed safely', {
    sp: 'the ministry|said',
    subject: 'It',
    refersTo: 'The Sokdo-9',
    on: ['cross-sentence'],
    bad: [['speaker-article', { sp: '' }, 'the second quotation continues what the ministry said']],
  }),
  c('w029', 'Pukhan-7', 'Kim Yong-chol, a ministry spokesman, spoke on Friday. “The Pukhan-7 is ready,” he said.', 'is ready', {
    sp: 'Kim Yong-chol|said',
    on: ['pronoun', 'cross-sentence'],
    bad: [['speaker-mismatch', { sp: 'he|said' }, 'a pronoun is not a party: it stands for Kim Yong-chol']],
  }),
  c('w030', 'Mirim-6', 'The Mirim-6 drone was shot down over the sea on Monday, according to the Joint Chiefs of Staff.', 'was shot down over the sea on Monday', {
    sp: 'the Joint Chiefs of Staff|according to',
    on: ['end-attribution'],
    bad: [['speaker-mismatch', { sp: 'Staff|according to' }, 'a fragment of the party']],
  }),
  c('w031', 'Ryonghae-2', 'According to the navy, the Ryonghae-2 was fired from a submarine off Sinpo.', 'was fired from a submarine off Sinpo', { sp: 'the navy|According to' }),
  c('w032', 'Kumsong-11', 'The Kumsong-11 reportedly reached an altitude of 2,000 kilometers.', 'reached an altitude of 2,000 kilometers', {
    cues: ['reportedly'],
    cert: 'underspecified',
  }),
  c('w033', 'Haeil-5', 'The Haeil-5 was allegedly sold to a militia in 2021, the Korea Monitor said.', 'sold to a militia in 2021', {
    sp: 'the Korea Monitor|said',
    cues: ['allegedly'],
    cert: 'underspecified',
    on: ['end-attribution'],
  }),
  c('w034', 'Jangsu-3', 'It is unclear whether the Jangsu-3 shells reached the front.', 'shells reached the front', {
    cues: ['It is unclear whether'],
    cert: 'underspecified',
    on: ['impersonal'],
  }),
  c('w035', 'Onjong-4', 'It was not immediately clear whether the Onjong-4 rocket carried a satellite.', 'rocket carried a satellite', {
    cues: ['It was not immediately clear whether'],
    cert: 'underspecified',
    on: ['impersonal'],
    bad: [['polarity-mismatch', { cues: ['It was not immediately clear whether'], cert: 'underspecified', neg: true }, '"not" inside the impersonal hedge does not negate']],
  }),
  c('w036', 'Taebong-2', 'The Taebong-2 launcher did not appear at the parade, state media footage showed.', 'appear at the parade', {
    sp: 'state media footage|showed',
    cues: ['did not'],
    neg: true,
    on: ['end-attribution', 'grammatical-role'],
  }),
  c('w037', 'Sokdo-9', 'The Sokdo-9 appeared at a parade in 2022, the agency said.', 'appeared at a parade in 2022', {
    sp: 'the agency|said',
    on: ['end-attribution', 'grammatical-role'],
    bad: [['certainty-mismatch', { sp: 'the agency|said', cert: 'probable' }, '"appeared at" is a place, not a hedge']],
  }),
  c('w038', 'Pukhan-7', 'The ministry did not deny that the Pukhan-7 had two stages.', 'had two stages', { cues: ['did not deny'], cert: 'underspecified' }),
  c('w039', 'Mirim-6', 'The Mirim-6 failed to take off, Yonhap reported, citing military sources.', 'take off', {
    sp: 'Yonhap|reported > military sources|citing',
    cues: ['failed to'],
    neg: true,
    on: ['end-attribution', 'nested-speech'],
  }),
  c('w040', 'Ryonghae-2', 'The Ryonghae-2 has yet to be deployed, officials said.', 'be deployed', {
    sp: 'officials|said',
    cues: ['has yet to'],
    neg: true,
    on: ['end-attribution'],
  }),
  c('w041', 'Kumsong-11', 'South Korea’s military said the Kumsong-11 lacks a guidance system.', 'a guidance system', {
    sp: 'South Korea’s military|said',
    cues: ['lacks'],
    neg: true,
  }),
  c('w042', 'Haeil-5', 'The ministry ruled out a Haeil-5 sale to any foreign buyer, per Hanbit Wire.', 'sale to any foreign buyer', {
    sp: 'Hanbit Wire|per',
    cues: ['ruled out'],
    neg: true,
    on: ['end-attribution'],
  }),
  c('w043', 'Jangsu-3', 'There was no sign of the Jangsu-3 shells at the depot, inspectors said.', 'shells at the depot', {
    sp: 'inspectors|said',
    cues: ['no sign of'],
    neg: true,
    on: ['end-attribution'],
  }),
  c('w044', 'Onjong-4', 'Inspectors found no evidence of Onjong-4 engines at the plant.', 'engines at the plant', { cues: ['no evidence of'], neg: true }),
  c('w045', 'Taebong-2', 'The Taebong-2 launchers have yet to be deployed near the border.', 'be deployed near the border', { cues: ['have yet to'], neg: true }),
  c('w046', 'Sokdo-9', 'The absence of Sokdo-9 drones from the parade surprised analysts.', 'drones from the parade', { cues: ['absence of'], neg: true }),
  c('w047', 'Pukhan-7', 'The Pukhan-7 was unable to reach its planned altitude, the agency admitted.', 'reach its planned altitude', {
    sp: 'the agency|admitted',
    cues: ['unable to'],
    neg: true,
    on: ['end-attribution'],
  }),
  c('w048', 'Mirim-6', 'Media reports said the Mirim-6 had been moved to an air base near Wonsan.', 'had been moved to an air base near Wonsan', {
    sp: 'Media reports|said',
    on: ['grammatical-role'],
  }),
  c('w049', 'Ryonghae-2', 'Reports of a Ryonghae-2 launch spread on Friday.', 'launch spread on Friday', { on: ['grammatical-role'] }),
  c('w050', 'Kumsong-11', 'The claims about the Kumsong-11 were repeated on state television.', 'were repeated on state television', { on: ['grammatical-role'] }),
  c('w051', 'Haeil-5', 'The said Haeil-5 was later moved to a base in the north.', 'was later moved to a base in the north', { on: ['grammatical-role'] }),
  c('w052', 'Jangsu-3', 'That said, the Jangsu-3 remains in service with older units.', 'remains in service with older units', { on: ['grammatical-role'] }),
  c('w053', 'Onjong-4', 'All told, ten Onjong-4 rockets were on display.', 'rockets were on display', { on: ['grammatical-role'] }),
  c('w054', 'Taebong-2', 'The Taebong-2 test went according to plan, the ministry said.', 'test went according to plan', {
    sp: 'the ministry|said',
    on: ['end-attribution', 'grammatical-role'],
  }),
  c('w055', 'Sokdo-9', 'The council called for a halt to Sokdo-9 flights near the border.', 'flights near the border', { on: ['grammatical-role'] }),
  c('w056', 'Pukhan-7', 'The envoy called on the North to scrap the Pukhan-7.', 'to scrap the Pukhan-7', { on: ['grammatical-role'] }),
  c('w057', 'Mirim-6', 'The army called off the Mirim-6 test because of high winds.', 'test because of high winds', { on: ['grammatical-role'] }),
  c('w058', 'Ryonghae-2', 'The Ryonghae-2 was added to the navy’s arsenal in 2019.', 'was added to the navy’s arsenal in 2019', { on: ['grammatical-role'] }),
];
