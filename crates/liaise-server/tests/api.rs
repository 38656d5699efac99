//! The JSON API through the whole router (no listener): the same requests on every backend.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use liaise_server::{AppState, app};
use liaise_store::Store;
use liaise_store::testing::all_backends;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

async fn get(store: &Store, uri: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::get(uri);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = app(AppState { store: store.clone() })
        .oneshot(request.body(Body::empty()).expect("a request"))
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("a body").to_bytes();
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).to_string() }
}

async fn story(store: &Store) {
    let who = liaise_store::Who::new("api-test", chrono::Utc::now());
    store.set_home("FG-MV", &who).await.expect("group");
    let report =
        liaise_app::import::import_paths(store, &[repo("testdata/ls/itu/fg-mv-ls1.docx")], None, &who, &mut |_| {})
            .await
            .expect("imported");
    assert_eq!(report.created, 1);

    // Health, and the headers every response carries.
    let health = get(store, "/healthz", &[]).await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(
        health.headers[header::CONTENT_SECURITY_POLICY].to_str().is_ok_and(|c| c.contains("frame-ancestors 'none'"))
    );
    assert!(health.headers.contains_key("x-request-id"), "a request id is given");
    let given = get(store, "/healthz", &[("x-request-id", "abc-123")]).await;
    assert_eq!(given.headers["x-request-id"], "abc-123", "a request id sent is kept");
    let ready = get(store, "/readyz", &[]).await;
    assert_eq!((ready.status, ready.json()["statements"].clone()), (StatusCode::OK, serde_json::json!(1)));

    // The list, with filters and pages.
    let list = get(store, "/api/v1/statements", &[]).await.json();
    assert_eq!(
        (list["total"].clone(), list["items"][0]["doc_number"].clone()),
        (serde_json::json!(1), serde_json::json!("FG-MV-LS1"))
    );
    assert_eq!(list["items"][0]["asked"], 38);
    let by_source = get(store, "/api/v1/statements?source=ITU-T%20FG-MV&state=sent", &[]).await.json();
    assert_eq!(by_source["total"], 1);
    let page2 = get(store, "/api/v1/statements?page=2&size=1", &[]).await.json();
    assert_eq!((page2["total"].clone(), page2["items"].as_array().map(Vec::len)), (serde_json::json!(1), Some(0)));
    // SQL in a filter is a word to look for, nothing more.
    let injection = get(store, "/api/v1/statements?text=%27%3B%20DROP%20TABLE%20ls%3B%20--", &[]).await;
    assert_eq!((injection.status, injection.json()["total"].clone()), (StatusCode::OK, serde_json::json!(0)));
    assert_eq!(get(store, "/api/v1/statements", &[]).await.json()["total"], 1, "the table is still there");

    // Bad input is a problem+json with a stable type.
    for (uri, status, kind) in [
        ("/api/v1/statements?source=Nobody%20at%20all", StatusCode::NOT_FOUND, "not-found"),
        ("/api/v1/statements?size=100000", StatusCode::BAD_REQUEST, "bad-request"),
        ("/api/v1/statements?deadline_before=2023-13-45", StatusCode::BAD_REQUEST, "bad-request"),
        ("/api/v1/statements?state=sideways", StatusCode::BAD_REQUEST, "bad-request"),
        ("/api/v1/statements/NO-SUCH-LS", StatusCode::NOT_FOUND, "not-found"),
        ("/api/v1/nowhere", StatusCode::NOT_FOUND, "not-found"),
    ] {
        let r = get(store, uri, &[]).await;
        assert_eq!(r.status, status, "{uri}: {}", r.body);
        assert_eq!(r.headers[header::CONTENT_TYPE], "application/problem+json", "{uri}");
        let p = r.json();
        assert_eq!(p["type"], format!("https://liaise.invalid/problems/{kind}"), "{uri}");
        assert_eq!(p["status"], status.as_u16());
    }
    let bad_page = get(store, "/api/v1/statements?page=abc", &[]).await;
    assert_eq!(bad_page.status, StatusCode::BAD_REQUEST, "{}", bad_page.body);
    assert_eq!(bad_page.headers[header::CONTENT_TYPE], "application/problem+json");

    // One statement, by number or id, with its actions and an ETag.
    let one = get(store, "/api/v1/statements/FG-MV-LS1", &[]).await;
    assert_eq!(one.status, StatusCode::OK);
    let record = one.json();
    assert_eq!(record["for_action"].as_array().map(Vec::len), Some(38));
    assert_eq!(record["actions"].as_array().map(Vec::len), Some(76));
    let etag = one.headers[header::ETAG].to_str().expect("an ETag").to_string();
    let again = get(store, &format!("/api/v1/statements/{}", record["ls_id"]), &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    // The due list and a body by any spelling.
    let due = get(store, "/api/v1/due?as_of=2023-06-20", &[]).await.json();
    assert_eq!(due["items"].as_array().map(Vec::len), Some(38));
    let body = get(store, "/api/v1/bodies/JTC1%20SC29", &[]).await.json();
    assert_eq!(body["canonical"], "ISO/IEC JTC 1/SC 29");
}

#[tokio::test]
async fn the_api_story_on_every_backend() {
    for db in all_backends("the_api_story_on_every_backend").await {
        story(&db.open().await).await;
    }
}
