/**
 * Child case: search latency in one report holding 100,000 opinions. A fresh data folder gets
 * one real report (imported as the app does) and COUNT opinions (seed-opinions.ts, one
 * transaction); each query then goes through dispatch(handlers, 'search.query', …), the door
 * both shells call, schema check and section paths included. Paragraphs and opinions are
 * searched together, as the handler does; each query runs RUNS times after WARMUP untimed.
 * Usage: node --import tsx tests/bench/search-case.ts FILE COUNT WARMUP RUNS
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchHit } from '../../main/api/contract';
import { dispatch } from '../../main/api/dispatch';
import { DEFAULT_SEARCH_LIMIT } from '../../main/opinions/opinion-handlers';
import { openApp } from '../../main/app/open-app';
import type { OpinionEngine } from '../../main/store/search-store';
import { searchTerms } from '../../main/store/search-text';
import { ROOT } from '../support/paths';
import { seedOpinions } from './seed-opinions';
import { median, report } from './stats';

export interface QueryTiming {
  label: string;
  query: string;
  /** How the store looked for the matching opinions (paragraphs are few and always scanned). */
  engine: OpinionEngine;
  paragraphHits: number;
  opinionHits: number;
  /** Opinions matching, before the handler's limit (counted once, untimed). */
  opinionMatches: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The handler's own tookMs (store only), median. */
  storeMedianMs: number;
}

export interface SearchResult {
  opinions: number;
  paragraphs: number;
  insertMs: number;
  limit: number;
  warmUp: number;
  runs: number;
  queries: QueryTiming[];
}

const QUERIES = [
  { label: '2 characters', query: '改革' },
  { label: '1 character', query: '绿' },
  { label: '4 characters', query: '科技创新' },
  { label: 'Traditional vs Simplified text', query: '經濟' },
];

const [file, count = '100000', warmUp = '5', runs = '50'] = process.argv.slice(2);
if (!file) throw new Error('usage: search-case.ts FILE [COUNT] [WARMUP] [RUNS]');

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-search-'));
const app = await openApp({ dataDir, shell: 'browser', version, seedSample: false });
try {
  const [imported] = await app.importPath(file);
  const { reportId, versionId } = imported!;
  const insertStart = performance.now();
  seedOpinions(app.store, reportId, versionId, Number(count));
  const insertMs = performance.now() - insertStart;

  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)]!;
  const queries: QueryTiming[] = [];
  for (const { label, query } of QUERIES) {
    const times: number[] = [];
    const storeTimes: number[] = [];
    let hits: SearchHit[] = [];
    for (let i = 0; i < Number(warmUp) + Number(runs); i++) {
      const start = performance.now();
      const result = await dispatch(app.handlers, 'search.query', { reportId, versionId, query });
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(`search.query ${query}: ${result.error.message}`);
      const value = result.value as { hits: SearchHit[]; tookMs: number };
      hits = value.hits;
      if (i >= Number(warmUp)) {
        times.push(elapsed);
        storeTimes.push(value.tookMs);
      }
    }
    queries.push({
      label,
      query,
      engine: app.store.search.opinionPlan(reportId, searchTerms(query), DEFAULT_SEARCH_LIMIT).engine,
      paragraphHits: hits.filter((hit) => hit.kind === 'paragraph').length,
      opinionHits: hits.filter((hit) => hit.kind === 'opinion').length,
      opinionMatches: app.store.search.query({ reportId, versionId, query, limit: Number.MAX_SAFE_INTEGER, sectionPath: () => '' }).filter((hit) => hit.kind === 'opinion').length,
      medianMs: median(times),
      p95Ms: percentile(times, 0.95),
      maxMs: Math.max(...times),
      storeMedianMs: median(storeTimes),
    });
  }
  report<SearchResult>({
    opinions: Number(count),
    paragraphs: app.store.reports.paragraphsOf(versionId).length,
    insertMs,
    limit: DEFAULT_SEARCH_LIMIT,
    warmUp: Number(warmUp),
    runs: Number(runs),
    queries,
  });
} finally {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
