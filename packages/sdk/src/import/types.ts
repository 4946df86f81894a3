/** What is wrong with one value of an imported row, and how to put it right, in words a person reads. */
export type ValueProblem = { problem: string; fix: string };
