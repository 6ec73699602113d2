/**
 * Lighthouse's figures for one URL, in its default mobile emulation (Moto G Power viewport, simulated
 * slow 4G and 4× CPU slowdown), run in the browser the bench already launched: the four category
 * scores, and the metrics behind them (Largest Contentful Paint, Total Blocking Time, bytes moved).
 */
import lighthouse from 'lighthouse';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof lighthouseCategories)[number], number>;

export interface LighthouseReport {
  readonly scores: LighthouseScores;
  /** Milliseconds. */
  readonly lcp: number;
  /** Milliseconds. */
  readonly tbt: number;
  /** Bytes over the network, compressed as served. */
  readonly totalBytes: number;
}

export async function lighthouseReport(url: string, port: number): Promise<LighthouseReport> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...lighthouseCategories],
  });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    totalBytes: metric('total-byte-weight'),
  };
}
