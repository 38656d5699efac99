//! The web application: pages rendered on the server from the API's own answers, usable without
//! JavaScript and enhanced by the vendored htmx where it helps.
//!
//! Invariant: a page shows only what the API answers the same caller. Each handler asks the API
//! (in process, with the caller's cookie) and renders the JSON with a template, so the public
//! pages hold exactly what the public API holds (no e-mail address, no private statement), and
//! a rule of who may see or do what lives in one place.

mod pages;

use crate::AppState;
use crate::auth::Caller;
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::LazyLock;
use tower::ServiceExt;

/// The templates, compiled into the binary and parsed once.
static TEMPLATES: LazyLock<minijinja::Environment<'static>> = LazyLock::new(|| {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    for (name, source) in TEMPLATE_SOURCES {
        if let Err(e) = env.add_template(name, source) {
            // A template that does not parse is a bug the test of every page finds; at run time
            // the page that needs it says so.
            tracing::error!(template = name, error = %e, "a template does not parse");
        }
    }
    // A path segment or query value: everything but the unreserved characters escaped (a
    // body's name holds slashes: "ISO/IEC JTC 1/SC 29").
    env.add_filter("seg", |v: minijinja::Value| -> String { urlencode(&v.to_string()) });
    env.add_filter("date", |v: minijinja::Value| -> String {
        v.as_str().map(|s| s.chars().take(10).collect()).unwrap_or_default()
    });
    env
});

/// Every template, by name: the test of every page renders each one.
pub const TEMPLATE_SOURCES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("error.html", include_str!("../../templates/error.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("dashboard.html", include_str!("../../templates/dashboard.html")),
    ("statements.html", include_str!("../../templates/statements.html")),
    ("statement.html", include_str!("../../templates/statement.html")),
    ("upload.html", include_str!("../../templates/upload.html")),
    ("review.html", include_str!("../../templates/review.html")),
    ("review_item.html", include_str!("../../templates/review_item.html")),
    ("bodies.html", include_str!("../../templates/bodies.html")),
    ("body.html", include_str!("../../templates/body.html")),
    ("people.html", include_str!("../../templates/people.html")),
    ("catalogue.html", include_str!("../../templates/catalogue.html")),
    ("entry.html", include_str!("../../templates/entry.html")),
    ("topics.html", include_str!("../../templates/topics.html")),
    ("matrix.html", include_str!("../../templates/matrix.html")),
    ("roadmap.html", include_str!("../../templates/roadmap.html")),
    ("gaps.html", include_str!("../../templates/gaps.html")),
    ("search.html", include_str!("../../templates/search.html")),
    ("settings.html", include_str!("../../templates/settings.html")),
];

/// htmx 2, vendored (its licence is beside it in `assets/`): nothing is loaded from elsewhere.
const HTMX: &str = include_str!("../../assets/htmx-2.0.11.min.js");

pub fn routes() -> Router<AppState> {
    pages::routes()
        .route("/assets/htmx.min.js", axum::routing::get(htmx))
        .route("/favicon.ico", axum::routing::get(icon))
        .route("/assets/icon.svg", axum::routing::get(icon))
}

/// The tab's icon: an "l" on the link colour (a browser asks for one on every first visit).
async fn icon() -> Response {
    const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#0b57a4\"/><path d=\"M6 3h2v8h3v2H6z\" fill=\"#fff\"/></svg>";
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], SVG).into_response()
}

async fn htmx() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], HTMX)
        .into_response()
}

/// Keeps the heaviest page's answer ready: after each change (looked for every two seconds) the
/// roadmap's summary that the matrix and roadmap pages read is rendered into the read cache, and
/// the search index takes in the changes, so that the next person to open them or to search does
/// not wait for it.
pub async fn warm_pages(state: AppState) {
    let mut done: Option<i64> = None;
    loop {
        if let Ok(stamp) = state.store.data_stamp().await
            && done != Some(stamp)
        {
            // No topics yet is no failure: there is nothing to map.
            let _ = crate::api::warm_roadmap(&state).await;
            // The search index follows the changes here rather than in a search request that
            // would wait for it (issue 28).
            if let Err(e) = state.store.search_catch_up().await {
                tracing::warn!(error = %e, "the search index did not take in the latest changes");
            }
            done = Some(stamp);
        }
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
}

/// What a page failed with: the API's status and its words for it.
#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub detail: String,
    /// Where the person was going, for the login page to bring them back.
    pub next: Option<String>,
}

impl From<liaise_store::StoreError> for PageError {
    fn from(e: liaise_store::StoreError) -> PageError {
        PageError::internal(e)
    }
}

impl PageError {
    fn internal(what: impl std::fmt::Display) -> PageError {
        tracing::error!(error = %what, "a page failed");
        PageError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            detail: "something went wrong on the server".into(),
            next: None,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        // Without an account, a page that needs one sends the person to log in, and back.
        if self.status == StatusCode::UNAUTHORIZED {
            let next = self.next.unwrap_or_else(|| "/".into());
            let to = format!("/login?next={}", urlencode(&next));
            return Redirect::to(&to).into_response();
        }
        let title = self.status.canonical_reason().unwrap_or("Error");
        let ctx = json!({ "title": title, "status": self.status.as_u16(), "detail": self.detail });
        match render("error.html", &Layout::anonymous(), ctx) {
            Ok(html) => (self.status, html_headers(), html).into_response(),
            Err(e) => (self.status, e.detail).into_response(),
        }
    }
}

fn html_headers() -> [(header::HeaderName, HeaderValue); 1] {
    [(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))]
}

/// Percent-encodes all but the unreserved characters of RFC 3986: fit for a path segment and a
/// query value alike.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Who looks at a page, for its header: their name and role, the CSRF token of their forms.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Layout {
    pub login: Option<String>,
    pub role: Option<String>,
    pub body: Option<String>,
    pub csrf: Option<String>,
    /// The section the page belongs to, marked in the navigation.
    pub section: &'static str,
    /// What the search box holds.
    pub q: String,
}

impl Layout {
    pub fn anonymous() -> Layout {
        Layout::default()
    }

    /// At least this role (secretariat, admin...).
    pub fn at_least(&self, role: liaise_store::accounts::Role) -> bool {
        self.role.as_deref().and_then(liaise_store::accounts::Role::parse).is_some_and(|r| r >= role)
    }
}

/// Renders a template with the layout and the page's own context.
pub fn render(name: &str, layout: &Layout, ctx: Value) -> Result<String, PageError> {
    render_checked(name, layout, ctx).map_err(PageError::internal)
}

/// [`render`], the error with the template's own words (for tests and the log).
pub fn render_checked(name: &str, layout: &Layout, ctx: Value) -> Result<String, String> {
    let template = TEMPLATES.get_template(name).map_err(|e| format!("template {name}: {e}"))?;
    let mut layout_value = serde_json::to_value(layout).map_err(|e| e.to_string())?;
    if let Some(obj) = layout_value.as_object_mut() {
        obj.insert("secretariat".into(), layout.at_least(liaise_store::accounts::Role::Secretariat).into());
        obj.insert("admin".into(), layout.at_least(liaise_store::accounts::Role::Admin).into());
        obj.insert("member".into(), layout.at_least(liaise_store::accounts::Role::Member).into());
        if let Some(day) = liaise_app::rehearsal_day() {
            obj.insert("rehearsal".into(), day.to_string().into());
        }
    }
    let all = json!({ "layout": layout_value, "page": ctx });
    template.render(minijinja::Value::from(minijinja::value::Serde(&all))).map_err(|e| {
        let mut detail = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            detail.push_str(&format!(": {s}"));
            source = s.source();
        }
        format!("template {name}: {detail}")
    })
}

/// A page's HTML as a response.
pub fn html(body: String) -> Response {
    (html_headers(), body).into_response()
}

/// The API of this server, as a service the pages call in process, under the same body limit as
/// a request from outside: without the layer, axum's default of 2 MiB refused a 3 MB upload with
/// a message that said 16 MiB.
static API: LazyLock<Router<AppState>> =
    LazyLock::new(|| crate::api::routes().0.layer(axum::extract::DefaultBodyLimit::max(crate::MAX_BODY_BYTES)));

/// What a page sends the API.
pub enum Send {
    Nothing,
    Json(Value),
    Bytes { content_type: String, bytes: Vec<u8> },
}

/// Asks the API as the caller of the page: their cookie and the headers that say where the
/// request came from go with it, and a form's CSRF token becomes the header the API checks.
pub async fn api_raw(
    state: &AppState,
    headers: &HeaderMap,
    peer: Option<SocketAddr>,
    method: Method,
    uri: &str,
    send: Send,
    csrf: Option<&str>,
) -> Result<(HeaderMap, Vec<u8>), PageError> {
    let mut request = Request::builder().method(method).uri(uri);
    for name in [header::COOKIE, header::AUTHORIZATION, header::HOST, header::ORIGIN, header::USER_AGENT] {
        if let Some(v) = headers.get(&name) {
            request = request.header(name, v);
        }
    }
    for name in ["sec-fetch-site", "x-request-id"] {
        if let Some(v) = headers.get(name) {
            request = request.header(name, v);
        }
    }
    if let Some(c) = csrf {
        request = request.header(crate::auth::CSRF_HEADER, c);
    }
    let body = match send {
        Send::Nothing => Body::empty(),
        Send::Json(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        Send::Bytes { content_type, bytes } => {
            request = request.header(header::CONTENT_TYPE, content_type);
            Body::from(bytes)
        }
    };
    let mut request = request.body(body).map_err(PageError::internal)?;
    if let Some(peer) = peer {
        request.extensions_mut().insert(ConnectInfo(peer));
    }
    let response = API
        .clone()
        .with_state(state.clone())
        .oneshot(request)
        .await
        .map_err(|e| PageError::internal(format!("{e:?}")))?;
    let status = response.status();
    let headers = response.headers().clone();
    let bytes =
        axum::body::to_bytes(response.into_body(), crate::MAX_BODY_BYTES * 4).await.map_err(PageError::internal)?;
    if status.is_success() {
        return Ok((headers, bytes.to_vec()));
    }
    let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let detail = value["detail"].as_str().map(str::to_string).unwrap_or_else(|| status.to_string());
    Err(PageError { status, detail, next: None })
}

/// [`api_raw`], its answer read as JSON.
pub async fn api(
    state: &AppState,
    headers: &HeaderMap,
    peer: Option<SocketAddr>,
    method: Method,
    uri: &str,
    send: Send,
    csrf: Option<&str>,
) -> Result<Value, PageError> {
    let (_, bytes) = api_raw(state, headers, peer, method, uri, send, csrf).await?;
    if bytes.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_slice(&bytes).map_err(PageError::internal)
}

/// Who asks for a page, as the API will see them: the caller, the headers that go with each
/// call, the peer's address, and where they are.
pub struct Asker {
    pub caller: Caller,
    headers: HeaderMap,
    peer: Option<SocketAddr>,
    uri: String,
}

impl axum::extract::FromRequestParts<AppState> for Asker {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Asker, PageError> {
        let caller = Caller::from_request_parts(parts, state).await.map_err(|e| PageError {
            status: e.status(),
            detail: e.to_string(),
            next: Some(parts.uri.to_string()),
        })?;
        Ok(Asker {
            caller,
            headers: parts.headers.clone(),
            peer: parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0),
            uri: parts.uri.to_string(),
        })
    }
}

impl Asker {
    /// The page's header for this caller: name, role, their body's name, the form token.
    pub async fn layout(&self, state: &AppState, section: &'static str) -> Layout {
        let Some(p) = &self.caller.principal else { return Layout { section, ..Layout::default() } };
        let body = match p.body_id {
            Some(b) => state.store.shared_registry().await.ok().and_then(|r| r.canonical(b).map(str::to_string)),
            None => None,
        };
        Layout {
            login: Some(p.login.clone()),
            role: Some(p.role.as_str().to_string()),
            body,
            csrf: p.csrf.clone(),
            section,
            q: String::new(),
        }
    }

    /// The error that sends a person to log in and back here.
    pub fn login_needed(&self) -> PageError {
        PageError { status: StatusCode::UNAUTHORIZED, detail: "log in first".into(), next: Some(self.uri.clone()) }
    }

    fn come_back_here(&self, mut e: PageError) -> PageError {
        if e.status == StatusCode::UNAUTHORIZED {
            e.next = Some(self.uri.clone());
        }
        e
    }

    /// A GET of the API, as JSON.
    pub async fn get(&self, state: &AppState, uri: &str) -> Result<Value, PageError> {
        api(state, &self.headers, self.peer, Method::GET, uri, Send::Nothing, None)
            .await
            .map_err(|e| self.come_back_here(e))
    }

    /// A GET of the API that answers text (the roadmap's HTML, CSV, Markdown).
    pub async fn text(&self, state: &AppState, uri: &str) -> Result<String, PageError> {
        api_raw(state, &self.headers, self.peer, Method::GET, uri, Send::Nothing, None)
            .await
            .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
            .map_err(|e| self.come_back_here(e))
    }

    /// A GET of the API as it answered: headers and bytes (a file to download).
    pub async fn raw(&self, state: &AppState, uri: &str) -> Result<(HeaderMap, Vec<u8>), PageError> {
        api_raw(state, &self.headers, self.peer, Method::GET, uri, Send::Nothing, None)
            .await
            .map_err(|e| self.come_back_here(e))
    }

    /// A change through the API, with the form's CSRF token.
    pub async fn send(
        &self,
        state: &AppState,
        method: Method,
        uri: &str,
        send: Send,
        csrf: Option<&str>,
    ) -> Result<Value, PageError> {
        api(state, &self.headers, self.peer, method, uri, send, csrf).await.map_err(|e| self.come_back_here(e))
    }
}
