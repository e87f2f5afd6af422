/**
 * Actor resolution: from a mention in the text to a dated CAMEO actor code (country + sectors), using what the text
 * says (titles, demonyms, possessors, capitals used for governments, earlier mentions) and what casus knows
 * (countries, organisations, outlets and dated office holders, extendable with user and PETRARCH dictionaries).
 */
package io.casus.actor;
