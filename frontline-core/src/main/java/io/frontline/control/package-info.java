/**
 * Who holds what ground on a date. Observations become candidates; the ground is cut once into fixed cells
 * ({@link io.frontline.control.Cells}) and atoms, each with its geodesic area computed once; each piece of ground
 * resolves to a sequence of holdings over time ({@link io.frontline.control.Resolution}), the last candidate that has
 * started winning. The result, a {@link io.frontline.control.ControlIndex}, is built once per store state, is
 * immutable and is shared between threads; every figure, map and change is read from it.
 */
package io.frontline.control;
