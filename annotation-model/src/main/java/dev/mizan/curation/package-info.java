/**
 * Building the gold standard: the auto-merge of several annotators' sets ({@link dev.mizan.curation.AutoMerger}),
 * the open disagreements it leaves ({@link dev.mizan.curation.Disagreement}) and the curator's adjudication
 * operations ({@link dev.mizan.curation.Adjudication}). Manual decisions always win over the auto-merge.
 */
package dev.mizan.curation;
