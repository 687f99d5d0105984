// Stable identifiers: an entity's id derives from its type and canonical name, so the same
// person named the same way in two articles is the same node.
import { createHash } from 'node:crypto';
import type { EntityType } from './types.ts';

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(type: EntityType, name: string): string {
  const s = slug(name);
  return `${type.toLowerCase()}:${s || hash(name).slice(0, 12)}`;
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Article id: hash of its url when it has one, else of its text. */
export function articleId(text: string, url?: string): string {
  return `article:${hash(url ? `url:${url}` : `text:${text}`).slice(0, 20)}`;
}

export function factId(kind: 'statement' | 'event', articleId: string, start: number, end: number): string {
  return `${kind}:${articleId.replace(/^article:/, '')}:${start}-${end}`;
}
