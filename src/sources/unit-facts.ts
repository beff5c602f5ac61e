import { maxSensitivity, type Detector, type Sensitivity } from '../types.js';

/** The highest default sensitivity among the detectors an asset holds (null when it holds none). */
export function highestSensitivity(ids: Iterable<string>, detectors: readonly Detector[]): Sensitivity | null {
  let sensitivity: Sensitivity | null = null;
  for (const id of ids) {
    const d = detectors.find((x) => x.id === id);
    if (d) sensitivity = maxSensitivity(sensitivity, d.sensitivity);
  }
  return sensitivity;
}

/** A file's permission bits as an auditor reads them (`0644`): world-readable files raise the risk. */
export function fileModeText(mode: number): string {
  return '0' + mode.toString(8).padStart(3, '0');
}
