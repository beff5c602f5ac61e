/**
 * What may stand between a form label and its value besides blanks and a colon. Printed forms, payslips and
 * fixed-width exports align their values in a column: with a dot leader (`Account number ........ 1093 8845`,
 * `Medicare card number … 2953 10464 1`) or with padding before the colon (`Gender               : Male`).
 * Spliced in after the blanks that follow a label; the colon and the blanks before the value stay the
 * caller's, since detectors differ in what they accept there.
 */
export const LEADER = '(?:(?:\\.{2,64}|…{1,32})[ \\t]*)?';
