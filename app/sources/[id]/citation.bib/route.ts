import { notFound } from 'next/navigation';
import { sourceBibtex } from '@/catalog/export/bibtex';
import { findSource, sourceParams } from '@/catalog/views';
import { SITE_URL } from '../../../site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sourceParams();
}

/** /sources/<id>/citation.bib: the source as a BibTeX record, stated fields only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = findSource((await params).id);
  if (!source) notFound();
  return new Response(sourceBibtex(source.meta, SITE_URL), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
}
