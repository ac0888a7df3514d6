import { notFound } from 'next/navigation';
import { sourceCslItem } from '@/catalog/export/csl';
import { findSource, sourceParams } from '@/catalog/views';
import { SITE_URL } from '../../../site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sourceParams();
}

/** /sources/<id>/citation.json: the source as CSL-JSON (an array of one item), stated fields only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = findSource((await params).id);
  if (!source) notFound();
  return Response.json([sourceCslItem(source.meta, SITE_URL)], {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
}
