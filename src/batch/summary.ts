/** Counts of a batch run, for the summary line. */
export interface BatchCounts {
  /** Inputs that came out: results and error records. */
  processed: number;
  /** Of those, error records. */
  failed: number;
  /** Inputs left out: hidden or non-text files in folders, outputs already present with --skip-existing. */
  skipped: number;
  /** Bytes of input read. */
  bytes: number;
}

/**
 * The one-line summary printed on stderr at the end of a run, e.g.
 * "arner: processed 1000, failed 2, skipped 5, time 4.10 s, throughput 243.9 docs/s (1.03 MB/s)".
 */
export function summaryLine(counts: BatchCounts, seconds: number, interrupted = false): string {
  const rate = seconds > 0 ? counts.processed / seconds : 0;
  const megabytes = seconds > 0 ? counts.bytes / 1e6 / seconds : 0;
  return (
    `arner: processed ${counts.processed}, failed ${counts.failed}, skipped ${counts.skipped}, ` +
    `time ${seconds.toFixed(2)} s, throughput ${rate.toFixed(1)} docs/s (${megabytes.toFixed(2)} MB/s)` +
    `${interrupted ? ', interrupted' : ''}\n`
  );
}
