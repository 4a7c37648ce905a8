/**
 * The outlets behind observations, known by the host of their URLs: a table of outlets with their kind and default
 * reliability, and a count of observations per outlet. A host the table does not know is an unknown outlet, never an
 * error.
 */
package io.frontline.sources;
