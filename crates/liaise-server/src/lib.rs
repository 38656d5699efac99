//! The liaise server: a JSON API under `/api/v1` on the use-cases of liaise-app, with health
//! checks, security headers, body limits, timeouts, request ids and a graceful shutdown.
//!
//! Invariant: a handler parses, calls one use-case of liaise-app or liaise-store, and renders;
//! no rule lives here. Nothing the server needs lives only in its memory: every request reads
//! the database, so several processes on one PostgreSQL database serve the same data.

mod api;
mod auth;
mod cache;
pub mod error;
mod feeds;
mod html;
pub mod jobs;
pub mod metrics;
mod redact;
mod session;
pub mod web;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Request, header};
use liaise_store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;

/// What every handler shares: the store (a pool of connections) and how cookies are set.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Session cookies are `Secure` (sent over HTTPS only): true unless the server listens on
    /// loopback only, where a browser on the same machine speaks plain HTTP.
    pub secure_cookies: bool,
    /// Answers of reads, kept while the data do not change.
    cache: cache::ReadCache,
    /// The configuration the server runs with (SMTP, the reminder schedule), for the settings
    /// page and its test message; how often the reminder job runs, if it does.
    pub config: Arc<liaise_app::config::Config>,
    pub remind_every: Option<Duration>,
    /// This process's counters, for `/metrics`.
    pub metrics: Arc<metrics::Metrics>,
    /// The token `/metrics` asks for; without one, only loopback may read it.
    pub metrics_token: Option<String>,
    /// A reverse proxy on this machine passes the requests on: the client is the address it
    /// appended to X-Forwarded-For, not the proxy's loopback address.
    pub behind_proxy: bool,
    /// The due list in memory, brought up to date from the events before each read.
    pub due: liaise_app::due_live::LiveDue,
}

impl AppState {
    pub fn new(store: Store) -> AppState {
        AppState {
            store,
            secure_cookies: false,
            cache: cache::ReadCache::default(),
            config: Arc::new(liaise_app::config::Config::default()),
            remind_every: None,
            metrics: Arc::default(),
            metrics_token: None,
            behind_proxy: false,
            due: liaise_app::due_live::LiveDue::default(),
        }
    }
}

/// The OpenAPI 3.1 document of the API, made from the handlers' annotations.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::routes().1
}

/// Request bodies larger than this are refused with 413 before they are read whole.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Ids for requests that come without one: the process's start and a counter, unique enough
/// to find a request's lines in the log.
#[derive(Clone)]
struct RequestIds {
    start: u64,
    next: Arc<AtomicU64>,
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{:x}-{n:x}", self.start)).ok().map(RequestId::new)
    }
}

/// The whole application, apart from any listener: tests call it directly.
pub fn app(state: AppState) -> Router {
    let proxy = state.behind_proxy;
    let request_id = HeaderName::from_static("x-request-id");
    let start = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let ids = RequestIds { start, next: Arc::new(AtomicU64::new(1)) };
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    let (api, _) = api::routes();
    api.merge(session::pages())
        .merge(html::routes())
        .merge(web::routes())
        .route("/feeds/statements.atom", axum::routing::get(feeds::statements))
        .route("/feeds/overdue.atom", axum::routing::get(feeds::overdue))
        .route("/metrics", axum::routing::get(metrics::metrics))
        .fallback(not_found)
        // Inside the router, where each request's route pattern is known; a layer, not a route
        // layer, so that requests no route matched (404s, scanners) are counted too.
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .with_state(state)
        // The body limit is axum's, so that an upload too large gets a problem, not plain text.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Pages take their style sheet and their one script (the vendored htmx) from this
        // server, and nothing inline.
        .layer(header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        // Answers depend on who asks: no shared cache may keep them.
        .layer(header(header::CACHE_CONTROL, "private, no-store"))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(|request: &Request<axum::body::Body>| {
                    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", method = %request.method(), uri = %request.uri(), request_id = %id)
                })
                // One line per request answered, with its status and time, inside its span.
                .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id, ids))
        .layer(axum::middleware::map_request(plain_request_id))
        .layer(axum::middleware::map_request_with_state(proxy, client_address))
        .layer(axum::middleware::map_response(problem_bodies))
}

/// Behind a reverse proxy on this machine, every request comes from loopback: the login limit
/// would count all members as one address, and the audit trail would name the proxy. The
/// client is then the last address of X-Forwarded-For (the one the proxy appended; addresses
/// before it were sent by the client and prove nothing). Only a request from loopback is
/// believed, and only when the server was told it is behind a proxy (found in review).
async fn client_address(
    axum::extract::State(behind_proxy): axum::extract::State<bool>,
    mut request: Request<axum::body::Body>,
) -> Request<axum::body::Body> {
    use axum::extract::ConnectInfo;
    if !behind_proxy {
        return request;
    }
    let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>().copied() else {
        return request;
    };
    if !peer.ip().is_loopback() {
        return request;
    }
    // The last entry of the last header, or nothing: an earlier one was the client's to choose.
    let forwarded = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|a| a.trim().parse::<std::net::IpAddr>().ok());
    if let Some(ip) = forwarded {
        request.extensions_mut().insert(ConnectInfo(SocketAddr::new(ip, peer.port())));
    }
    request
}

/// A request id a client sends is kept only when it is a plain token (letters, digits, `.`,
/// `_`, `-`, at most 64): it goes into the log and the audit trail, where "fake] admin [x" must
/// not pass for part of who acted (found in review). Any other is replaced by one of ours.
async fn plain_request_id(mut request: Request<axum::body::Body>) -> Request<axum::body::Body> {
    let plain = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).is_none_or(|v| {
        !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    });
    if !plain {
        request.headers_mut().remove("x-request-id");
    }
    request
}

/// An error answered below the handlers (405 for a method a path does not take, 414, 431, a
/// path that is not UTF-8) comes with no body or plain text; every error of the server is a
/// problem (found in review).
async fn problem_bodies(response: axum::response::Response) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = response.status();
    let problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/problem+json") || c.starts_with("text/html"));
    if !(status.is_client_error() || status.is_server_error()) || problem {
        return response;
    }
    let detail = match status {
        axum::http::StatusCode::METHOD_NOT_ALLOWED => "this path does not take this method (see /api)".to_string(),
        axum::http::StatusCode::URI_TOO_LONG => "the address is too long".to_string(),
        axum::http::StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "the request's headers are too large".to_string(),
        s => s.canonical_reason().unwrap_or("the request failed").to_lowercase(),
    };
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut out = error::problem(status, &detail).into_response();
    if let Some(a) = allow {
        out.headers_mut().insert(header::ALLOW, a);
    }
    out
}

/// Listens on `addr` (port 0 takes a free one; `local_addr` says which).
pub async fn bind(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await
}

async fn not_found() -> error::ApiError {
    error::ApiError::NotFound("no such resource".into())
}

/// How a server runs, beside its routes.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// The reminder job, when the server sends reminders.
    pub reminders: Option<jobs::Reminders>,
    /// Session cookies are Secure even on loopback (a TLS proxy on the same machine).
    pub secure_cookies: bool,
    /// The configuration (SMTP, reminder schedule), shown to admins and used for a test message.
    pub config: Option<liaise_app::config::Config>,
    /// Scheduled backups, when the server writes them.
    pub backups: Option<jobs::Backups>,
    /// The token `/metrics` asks for.
    pub metrics_token: Option<String>,
    /// A reverse proxy on this machine passes requests on (X-Forwarded-For names the client).
    pub behind_proxy: bool,
}

/// Serves `app` on a listener until `shutdown` completes, then finishes the requests in flight.
/// The jobs run beside it and stop with it.
pub async fn serve(
    store: Store,
    listener: tokio::net::TcpListener,
    options: ServeOptions,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let local = listener.local_addr()?;
    tracing::info!(address = %local, "liaise serves");
    let state = AppState {
        secure_cookies: options.secure_cookies || !local.ip().is_loopback(),
        config: Arc::new(options.config.clone().unwrap_or_default()),
        remind_every: options.reminders.as_ref().map(|r| r.every),
        metrics_token: options.metrics_token.clone(),
        behind_proxy: options.behind_proxy,
        ..AppState::new(store.clone())
    };
    // The search index's documents are read into memory while the server answers, so that the
    // first searches read only their words' postings.
    let warm = {
        let store = store.clone();
        tokio::spawn(async move {
            match store.search_warm().await {
                Ok(n) => tracing::info!(documents = n, "the search index is in memory"),
                Err(e) => tracing::warn!(error = %e, "the search index could not be read ahead"),
            }
        })
    };
    // The due list's index is made while the server answers (from the database meanwhile).
    state.due.start(&store).await;
    let warmer = tokio::spawn(web::warm_pages(state.clone()));
    let holder = jobs::holder();
    let job = options.reminders.map(|r| {
        tracing::info!(every_seconds = r.every.as_secs(), holder = %holder, "the reminder job runs");
        tokio::spawn(jobs::run_reminders(store.clone(), r, holder.clone(), state.metrics.clone()))
    });
    let backups = options.backups.map(|b| {
        tracing::info!(every_seconds = b.every.as_secs(), dir = %b.dir.display(), keep = b.keep, "the backup job runs");
        tokio::spawn(jobs::run_backups(store.clone(), b, holder.clone(), state.metrics.clone()))
    });
    let served = axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await;
    warm.abort();
    warmer.abort();
    if let Some(job) = job {
        job.abort();
        jobs::release(&store, &holder).await;
    }
    if let Some(b) = backups {
        b.abort();
        jobs::release_backups(&store, &holder).await;
    }
    served
}

/// Completes on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::ConnectInfo;

    async fn client(behind_proxy: bool, peer: &str, forwarded: &[&str]) -> String {
        let mut b = Request::builder().uri("/");
        for f in forwarded {
            b = b.header("x-forwarded-for", *f);
        }
        let mut request = b.body(axum::body::Body::empty()).expect("a request");
        request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().expect("an address")));
        let out = client_address(axum::extract::State(behind_proxy), request).await;
        out.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_default()
    }

    /// Found in review of the deployment files: behind nginx every member was 127.0.0.1, so
    /// twenty failed logins by anyone locked everyone out.
    #[tokio::test]
    async fn behind_a_proxy_the_client_is_the_address_the_proxy_appended() {
        assert_eq!(client(true, "127.0.0.1:40000", &["203.0.113.9"]).await, "203.0.113.9");
        // What the client sent itself comes first and is not believed.
        assert_eq!(client(true, "127.0.0.1:40000", &["10.6.6.6, 203.0.113.9"]).await, "203.0.113.9");
        assert_eq!(client(true, "127.0.0.1:40000", &["10.6.6.6", "203.0.113.9"]).await, "203.0.113.9");
        // Not told it is behind a proxy, or a request from elsewhere: the peer, whatever it says.
        assert_eq!(client(false, "127.0.0.1:40000", &["203.0.113.9"]).await, "127.0.0.1");
        assert_eq!(client(true, "198.51.100.4:40000", &["203.0.113.9"]).await, "198.51.100.4");
        assert_eq!(client(true, "127.0.0.1:40000", &["not an address"]).await, "127.0.0.1");
        assert_eq!(
            client(true, "127.0.0.1:40000", &["203.0.113.9, junk"]).await,
            "127.0.0.1",
            "never an earlier entry"
        );
    }
}
