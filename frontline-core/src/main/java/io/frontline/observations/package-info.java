/**
 * What an observation says and where it comes from: a statement (actor, status, subject, fuzzy date), its source
 * and grade, and the versions it has had. The record is append-only: a correction is a new version of the same
 * lineage, a retraction a version marked retracted, and nothing stored is changed or deleted, so that any past state
 * can be read again ({@link io.frontline.timeline.RecordTime}).
 */
package io.frontline.observations;
