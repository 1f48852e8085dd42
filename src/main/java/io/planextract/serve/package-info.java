/**
 * {@code plan-extract serve}: the library behind HTTP. {@link io.planextract.serve.PlanExtractServer} runs Jetty
 * 12 (core, no servlets) with one handler, {@code Router}, in front of a fixed pool of workers
 * ({@link io.planextract.serve.Workers}). Outputs are rendered by the writers the command line uses
 * ({@link io.planextract.write.OutputSinks}, {@link io.planextract.report.ReviewPageWriter}), so the service's bytes
 * are the command's. Jetty and Micrometer are optional dependencies: a library user of
 * {@link io.planextract.PlanExtractor} never sees them.
 */
package io.planextract.serve;
