/**
 * The parties to a conflict. An actor is reference data, replaced whole by id; the set of actors is validated as a
 * whole ({@link io.frontline.actors.ActorSetValidator}) so that every actor stays findable by its id, names and
 * aliases in any language, case and accents ignored, and no name leads to two actors.
 */
package io.frontline.actors;
