//! The few HTML pages the server has of its own: the page frame, the home page, and the API
//! page rendered from the OpenAPI document (nothing is loaded from elsewhere; no script).

use crate::AppState;
use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use std::fmt::Write;

/// Escapes text for HTML, attributes included.
pub fn escape(s: &str) -> String {
    liaise_app::roadmap::escape(s)
}

const STYLE: &str = include_str!("liaise.css");

/// A whole page: the frame around `body` (already HTML), with the one style sheet.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} - liaise</title>\n<link rel=\"stylesheet\" href=\"/assets/liaise.css\">\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(title)
    )
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api", axum::routing::get(api_page))
        .route("/api/openapi.json", axum::routing::get(openapi_json))
        .route("/assets/liaise.css", axum::routing::get(style))
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
        .into_response()
}

fn html(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// The OpenAPI document, as JSON and as the API page: made once, from the routes themselves.
struct Docs {
    json: String,
    page: String,
}

static DOCS: std::sync::LazyLock<Docs> = std::sync::LazyLock::new(|| {
    let doc = crate::openapi();
    let value = serde_json::to_value(&doc).unwrap_or(Value::Null);
    Docs { json: value.to_string(), page: api_page_html(&value) }
});

async fn openapi_json() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], DOCS.json.as_str()).into_response()
}

async fn api_page() -> Response {
    html(DOCS.page.clone())
}

/// The type of a schema, in a few words: `string`, `integer`, `[Event]`, `Page_LsSummary`.
fn type_of(schema: &Value) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return format!("<a href=\"#schema-{}\">{}</a>", escape(name), escape(name));
    }
    if let Some(one) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
        return one.iter().map(type_of).collect::<Vec<_>>().join(" | ");
    }
    match schema.get("type") {
        Some(Value::String(t)) if t == "array" => format!("[{}]", schema.get("items").map(type_of).unwrap_or_default()),
        Some(Value::String(t)) => escape(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).map(escape).collect::<Vec<_>>().join(" | "),
        _ => "any".to_string(),
    }
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).map(|s| code_spans(&escape(s))).unwrap_or_default()
}

/// The Markdown code spans of a description (`like this`) as HTML, in text already escaped.
fn code_spans(escaped: &str) -> String {
    let mut out = String::new();
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The API page: every operation with its parameters, body and answers, then every schema.
pub fn api_page_html(doc: &Value) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{} API</h1>", text(doc.pointer("/info/title")));
    for para in doc.pointer("/info/description").and_then(Value::as_str).unwrap_or("").split("\n\n") {
        let _ = writeln!(out, "<p>{}</p>", code_spans(&escape(para)));
    }
    out.push_str("<p>The document itself: <a href=\"/api/openapi.json\">/api/openapi.json</a> (OpenAPI 3.1).</p>\n");
    out.push_str("<nav aria-label=\"Operations\"><h2>Operations</h2>\n<ul>\n");
    let paths = doc.get("paths").and_then(Value::as_object).cloned().unwrap_or_default();
    let methods = ["get", "post", "put", "patch", "delete"];
    for (path, item) in &paths {
        for m in methods {
            if let Some(op) = item.get(m) {
                let id = format!("op-{}-{}", m, path.replace(['/', '{', '}', '.'], "-"));
                let _ = writeln!(
                    out,
                    "<li><a href=\"#{}\"><code>{} {}</code></a> {}</li>",
                    escape(&id),
                    m.to_uppercase(),
                    escape(path),
                    text(op.get("summary"))
                );
            }
        }
    }
    out.push_str("</ul>\n</nav>\n");
    for (path, item) in &paths {
        for m in methods {
            let Some(op) = item.get(m) else { continue };
            let id = format!("op-{}-{}", m, path.replace(['/', '{', '}', '.'], "-"));
            let _ = writeln!(
                out,
                "<section id=\"{}\">\n<h2><code>{} {}</code></h2>\n<p>{}</p>",
                escape(&id),
                m.to_uppercase(),
                escape(path),
                text(op.get("description").or_else(|| op.get("summary")))
            );
            if let Some(params) = op.get("parameters").and_then(Value::as_array).filter(|p| !p.is_empty()) {
                out.push_str("<table>\n<caption>Parameters</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">What</th></tr></thead>\n<tbody>\n");
                for p in params {
                    let _ = writeln!(
                        out,
                        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        text(p.get("name")),
                        text(p.get("in")),
                        p.get("schema").map(type_of).unwrap_or_default(),
                        if p.get("required").and_then(Value::as_bool).unwrap_or(false) { "yes" } else { "no" },
                        text(p.get("description"))
                    );
                }
                out.push_str("</tbody>\n</table>\n");
            }
            if let Some(content) = op.pointer("/requestBody/content").and_then(Value::as_object) {
                out.push_str("<p>Body: ");
                let kinds: Vec<String> = content
                    .iter()
                    .map(|(k, v)| {
                        format!("<code>{}</code> {}", escape(k), v.get("schema").map(type_of).unwrap_or_default())
                    })
                    .collect();
                let _ = writeln!(out, "{}</p>", kinds.join(", "));
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                out.push_str("<table>\n<caption>Answers</caption>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">What</th><th scope=\"col\">Body</th></tr></thead>\n<tbody>\n");
                for (status, r) in responses {
                    let body: Vec<String> = r
                        .get("content")
                        .and_then(Value::as_object)
                        .map(|c| {
                            c.iter()
                                .map(|(k, v)| {
                                    format!(
                                        "<code>{}</code> {}",
                                        escape(k),
                                        v.get("schema").map(type_of).unwrap_or_default()
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(status),
                        text(r.get("description")),
                        body.join(", ")
                    );
                }
                out.push_str("</tbody>\n</table>\n");
            }
            out.push_str("</section>\n");
        }
    }
    out.push_str("<h2>Schemas</h2>\n");
    if let Some(schemas) = doc.pointer("/components/schemas").and_then(Value::as_object) {
        for (name, s) in schemas {
            let _ = writeln!(
                out,
                "<section id=\"schema-{}\">\n<h3>{}</h3>\n<p>{}</p>",
                escape(name),
                escape(name),
                text(s.get("description"))
            );
            let required: Vec<&str> = s
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(props) = s.get("properties").and_then(Value::as_object) {
                out.push_str("<table>\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Type</th><th scope=\"col\">What</th></tr></thead>\n<tbody>\n");
                for (field, p) in props {
                    let _ = writeln!(
                        out,
                        "<tr><td><code>{}</code>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(field),
                        if required.contains(&field.as_str()) { "" } else { " (optional)" },
                        type_of(p),
                        text(p.get("description"))
                    );
                }
                out.push_str("</tbody>\n</table>\n");
            } else if let Some(values) = s.get("enum").and_then(Value::as_array) {
                let values: Vec<String> =
                    values.iter().filter_map(Value::as_str).map(|v| format!("<code>{}</code>", escape(v))).collect();
                let _ = writeln!(out, "<p>One of {}.</p>", values.join(", "));
            }
            out.push_str("</section>\n");
        }
    }
    page("API", &out)
}
