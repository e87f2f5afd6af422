/** The JSON form of coded articles, the CLI's output contract (one object per line in JSON Lines). */
package io.casus.json;
