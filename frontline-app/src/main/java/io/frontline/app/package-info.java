/**
 * The application layer: each use case once (record, correct, retract, import, export, figures, changes, series,
 * history, maps), between the core and its adapters below and the command line and HTTP server above. A use case takes
 * parsed input and a {@link io.frontline.app.View} or store, refuses with a typed
 * {@link io.frontline.refusals.Refusal}, and returns one result type whose JSON is the document docs/schema
 * describes, for both adapters.
 */
package io.frontline.app;
