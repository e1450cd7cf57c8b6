/**
 * What every export shares: choosing the annotations ({@link dev.mizan.io.export.ExportSource}),
 * splitting by document ({@link dev.mizan.io.export.SplitSpec}), running an exporter into a folder and
 * writing its dataset card ({@link dev.mizan.io.export.ExportRun}, {@link dev.mizan.io.export.DatasetCard}),
 * and the token tagging the token formats share ({@link dev.mizan.io.export.TokenTagger}).
 * The formats themselves live in one package each next to this one.
 */
package dev.mizan.io.export;
