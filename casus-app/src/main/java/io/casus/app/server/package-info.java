/**
 * The HTTP side of {@code casus serve}: a JSON API over an {@link io.casus.store.EventStore} under {@code /api} and
 * the static dashboard at {@code /}, in one Javalin process. Only this package imports the web framework.
 *
 * <p>{@link io.casus.app.server.ApiServer} is the entry point. Handlers are thin (parse the request with
 * {@link io.casus.app.server.Params}, call the store, render with {@link io.casus.app.server.JsonRender}); every
 * failure becomes an HTTP status in one place (ApiServer.errors()), and no response ever
 * carries a stack trace or a server path.
 */
package io.casus.app.server;
