// Subgraph rows: display labels and types for nodes and edges, as visualisation clients see them.
import { describe, expect, it } from 'vitest';
import { toEdge, toNode } from '../../../src/graph/subgraph.ts';

describe('subgraph rows', () => {
  it('label nodes by what they are', () => {
    expect(
      toNode([['Entity', 'Court', 'Organisation'], { id: 'court:icc', name: 'ICC', type: 'Court', aliases: [] }]),
    ).toEqual({
      id: 'court:icc',
      label: 'ICC',
      type: 'Court',
      properties: { name: 'ICC', type: 'Court', aliases: [] },
    });
    expect(toNode([['Article'], { id: 'a', title: null, source: 'Anadolu', publishedAt: '2025-06-10' }]).label).toBe(
      'Anadolu, 2025-06-10',
    );
    expect(
      toNode([['Event'], { id: 'e', label: 'arrest warrants', type: 'ArrestWarrant', date: '2024-11' }]).label,
    ).toBe('arrest warrants (2024-11)');
    const long = toNode([['Statement'], { id: 's', text: 'x'.repeat(200) }]);
    expect(long.type).toBe('Statement');
    expect(long.label.length).toBeLessThanOrEqual(82);
    expect(long.label.endsWith('…”')).toBe(true);
  });

  it('label edges with the role or title they carry', () => {
    expect(toEdge(['1', 'PARTICIPANT', 'a', 'e', { role: 'court' }]).label).toBe('court');
    expect(toEdge(['2', 'HOLDS_ROLE', 'p', 'c', { title: 'Prime Minister', current: true }]).label).toBe(
      'Prime Minister',
    );
    expect(toEdge(['3', 'SAID', 'p', 's', {}])).toEqual({
      id: '3',
      source: 'p',
      target: 's',
      type: 'SAID',
      label: 'said',
      properties: {},
    });
  });

  it('reads the compact rows of the labels detail as the full rows with the same fields', () => {
    expect(toNode(['Entity', 'court:icc', 'ICC', 'Court'])).toEqual(
      toNode([['Entity', 'Court', 'Organisation'], { id: 'court:icc', name: 'ICC', type: 'Court' }]),
    );
    expect(toNode(['Article', 'a', null, 'Anadolu', '2025-06-10'])).toEqual(
      toNode([['Article'], { id: 'a', title: null, source: 'Anadolu', publishedAt: '2025-06-10' }]),
    );
    expect(toNode(['Statement', 's', 'It is too soon'])).toEqual(
      toNode([['Statement'], { id: 's', text: 'It is too soon' }]),
    );
    expect(toNode(['Event', 'e', 'ArrestWarrant', 'arrest warrants', null]).label).toBe('arrest warrants');
    expect(toEdge(['1', 'PARTICIPANT', 'a', 'e', 'court'])).toEqual(
      toEdge(['1', 'PARTICIPANT', 'a', 'e', { role: 'court' }]),
    );
    expect(toEdge(['2', 'HOLDS_ROLE', 'p', 'c', 'Prime Minister']).properties).toEqual({ title: 'Prime Minister' });
    expect(toEdge(['3', 'IN', 's', 'a', null]).properties).toEqual({});
  });
});
