/**
 * How many rows to ask TABLESAMPLE for. SYSTEM picks whole pages, so its cost follows the share asked
 * for, not the table's size: the share is computed from the catalog estimate to give about the rows wanted,
 * with headroom so one unlucky draw of pages rarely falls short. A table the estimate calls small (or never
 * analysed) is read with a plain LIMIT: reading it all costs no more than sampling it.
 */

/** Asking for this much more than wanted makes a short SYSTEM draw rare; LIMIT cuts the surplus. */
export const HEADROOM = 1.3;
/** Below this many estimated rows per wanted row, LIMIT reads (nearly) the whole table anyway. */
export const SMALL_TABLE_FACTOR = 2;
/** A draw giving fewer than this share of the wanted rows is redrawn with a share scaled to what it gave. */
export const SHORT_DRAW = 0.7;

export type SamplePlan = { kind: 'limit' } | { kind: 'system'; percent: number };

export function planSample(estimatedRows: number | null, wanted: number): SamplePlan {
  if (estimatedRows === null || estimatedRows <= wanted * SMALL_TABLE_FACTOR) return { kind: 'limit' };
  return systemPlan((100 * wanted * HEADROOM) / estimatedRows);
}

/** The redraw after a pre-count: the percentage scaled by how short the first draw fell. */
export function replan(plan: SamplePlan, counted: number, wanted: number): SamplePlan {
  if (plan.kind !== 'system' || counted >= wanted * SHORT_DRAW) return plan;
  if (counted === 0) return { kind: 'limit' };
  return systemPlan((plan.percent * wanted * HEADROOM) / counted);
}

function systemPlan(percent: number): SamplePlan {
  if (percent >= 50) return { kind: 'limit' };
  // Enough digits for tables of billions of rows, few enough to read in a report.
  return { kind: 'system', percent: Number(percent.toPrecision(4)) };
}
