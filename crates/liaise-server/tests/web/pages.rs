//! Issue 12: the web application's pages through the whole router: every template renders,
//! every page answers every role (never a server error), the public pages hold no e-mail
//! address, and the forms change what they say through the API's rules (CSRF, roles).

use super::{Reply, call, repo};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use liaise_server::{AppState, app};
use liaise_store::Store;
use liaise_store::accounts::Role;
use serde_json::Value;
use tower::ServiceExt;

/// A session of `login`: its cookie and CSRF token.
async fn session(store: &Store, login: &str) -> (String, String) {
    let body = serde_json::json!({ "login": login, "password": "correct horse battery" });
    let r = call(store, "POST", "/api/v1/session", &[], Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let cookie = super::set_cookie(&r);
    (cookie, r.json()["csrf"].as_str().expect("a CSRF token").to_string())
}

/// A request with a raw body (a form, a multipart upload).
async fn send(store: &Store, method: &str, uri: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = app(AppState::new(store.clone()))
        .oneshot(request.body(Body::from(body)).expect("a request"))
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("a body").to_bytes();
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).to_string() }
}

/// A form post in a session.
async fn post_form(store: &Store, uri: &str, cookie: &str, fields: &[(&str, &str)]) -> Reply {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}={}", liaise_server::web::urlencode(k), liaise_server::web::urlencode(v)))
        .collect();
    send(
        store,
        "POST",
        uri,
        &[
            ("cookie", cookie),
            ("content-type", "application/x-www-form-urlencoded"),
            ("host", "liaise.test"),
            ("origin", "http://liaise.test"),
        ],
        body.join("&").into_bytes(),
    )
    .await
}

/// A multipart upload of files in a session.
async fn upload(store: &Store, cookie: &str, csrf: &str, files: &[(&str, Vec<u8>)]) -> Reply {
    let boundary = "liaise-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").as_bytes(),
    );
    for (name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let kind = format!("multipart/form-data; boundary={boundary}");
    send(
        store,
        "POST",
        "/upload",
        &[("cookie", cookie), ("content-type", &kind), ("host", "liaise.test"), ("origin", "http://liaise.test")],
        body,
    )
    .await
}

fn location(r: &Reply) -> String {
    r.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
}

/// Every template renders with an empty page (a template error is found here, not by a user).
#[test]
fn every_template_renders_with_nothing_in_it() {
    for (name, _) in liaise_server::web::TEMPLATE_SOURCES {
        if *name == "macros.html" {
            continue;
        }
        for layout in [
            liaise_server::web::Layout::anonymous(),
            liaise_server::web::Layout { login: Some("sec".into()), role: Some("admin".into()), ..Default::default() },
        ] {
            let html = liaise_server::web::render_checked(name, &layout, serde_json::json!({ "title": "T" }))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(html.contains("</html>"), "{name}: {html}");
        }
    }
}

#[tokio::test]
async fn every_page_answers_every_role_and_the_forms_work() {
    let db = liaise_store::testing::sqlite();
    let store = db.open().await;
    let who = liaise_store::Who::new("pages-test", chrono::Utc::now());
    store.set_home("ITU-T FG-MV", &who).await.expect("group");
    for (login, role, body) in [
        ("sec", Role::Secretariat, None),
        ("adm", Role::Admin, None),
        ("mem", Role::Member, None),
        ("ann", Role::Rapporteur, Some("ISO/IEC JTC 1/SC 29")),
    ] {
        store.add_user(login, role, None, None, body, &who).await.expect("a user");
        store.set_password(login, "correct horse battery", &who).await.expect("a password");
    }
    let (sec, csrf) = session(&store, "sec").await;

    // Upload: the statement waits for review, whatever the reader thought of it; nothing is
    // in the registry's statements before the confirmation.
    let docx = std::fs::read(repo("testdata/ls/itu/fg-mv-ls1.docx")).expect("the fixture");
    let r = upload(&store, &sec, &csrf, &[("fg-mv-ls1.docx", docx)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let review = location(&r);
    assert!(review.starts_with("/review/"), "{review}");
    assert_eq!(store.ls_page(&Default::default()).await.expect("list").0, 0, "nothing stored before confirmation");
    let page = call(&store, "GET", &review, &[("cookie", &sec)], None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Recipients as read (53)"), "the preview lists the 53 recipients");
    assert!(page.body.contains("id=\"f-title\"") && page.body.contains("2023-06-30"), "fields, with the deadline");
    // Regression: names read in their context ("3" in "ITU-T SGs 2, 3, 5") were offered as
    // unknown bodies to add, because the preview looked up what was written.
    assert_eq!(page.body.matches("class=\"warning\">unknown").count(), 0, "every recipient of FG-MV-LS1 is known");
    assert!(page.body.contains("(read as ITU-T SG3)"), "{}", page.body);
    // A correction of a field, then the confirmation. Two forms are open on the same reading.
    let seen = page.body.split("name=\"seen\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or("");
    assert_eq!(seen.len(), 24, "the form carries the version it shows");
    let id = review.trim_start_matches("/review/").to_string();
    let r = post_form(
        &store,
        &review,
        &sec,
        &[("csrf", &csrf), ("seen", seen), ("title", "LS on metaverse standardization (corrected)")],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(location(&r).contains("saved"), "{}", location(&r));
    // Regression: the second form, of the version before, put the old title back and said
    // "saved"; now it is refused and the first correction stays.
    let r = post_form(
        &store,
        &review,
        &sec,
        &[("csrf", &csrf), ("seen", seen), ("title", "LS on metaverse"), ("deadline", "2023-07-01")],
    )
    .await;
    assert!(location(&r).contains("after%20you%20opened%20it"), "{}", location(&r));
    let now = call(&store, "GET", &review, &[("cookie", &sec)], None).await;
    assert!(
        now.body.contains("(corrected)") && now.body.contains("2023-06-30"),
        "nothing of the stale form: {}",
        now.body
    );
    // Without the form's token, nothing happens.
    let r = post_form(&store, &format!("/review/{id}/accept"), &sec, &[("csrf", "forged")]).await;
    assert!(location(&r).contains("CSRF"), "{}", location(&r));
    assert_eq!(store.ls_page(&Default::default()).await.expect("list").0, 0);
    let r = post_form(&store, &format!("/review/{id}/accept"), &sec, &[("csrf", &csrf)]).await;
    let statement = location(&r);
    assert!(statement.starts_with("/statements/"), "{statement}");
    let statement = statement.split('?').next().unwrap_or("").to_string();
    let page = call(&store, "GET", &statement, &[("cookie", &sec)], None).await;
    assert!(page.body.contains("(corrected)") && page.body.contains("For action (38)"), "{}", page.body);

    // The file it was read from, with the reader's warnings, downloads as it arrived; the
    // public gets no original (it holds the contacts' addresses).
    assert!(page.body.contains("Files it was read from") && page.body.contains("fg-mv-ls1.docx"), "{}", page.body);
    let file = call(&store, "GET", &format!("{statement}/files/1"), &[("cookie", &sec)], None).await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.headers[header::CONTENT_DISPOSITION].to_str().is_ok_and(|d| d.contains("fg-mv-ls1.docx")));
    assert!(file.body.starts_with("PK"), "the .docx as it arrived");
    let none = call(&store, "GET", &format!("{statement}/files/9"), &[("cookie", &sec)], None).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    let public = call(&store, "GET", &format!("{statement}/files/1"), &[], None).await;
    assert!(location(&public).starts_with("/login"), "{}", public.status);

    // Mark an action answered from the page.
    let ls: i64 = statement.trim_start_matches("/statements/").parse().expect("an id");
    let actions = store
        .actions(&liaise_store::track::ActionFilter { ls_id: Some(ls), ..Default::default() })
        .await
        .expect("actions");
    let sg5 = actions.iter().find(|a| a.body == "ITU-R SG5").expect("ITU-R SG5 is asked");
    let r = post_form(
        &store,
        &format!("/actions/{}", sg5.id),
        &sec,
        &[("csrf", &csrf), ("state", "answered"), ("comment", "by mail"), ("back", &statement)],
    )
    .await;
    assert!(location(&r).starts_with(&statement), "{}", location(&r));
    let after = store
        .actions(&liaise_store::track::ActionFilter { ls_id: Some(ls), ..Default::default() })
        .await
        .expect("actions");
    assert_eq!(after.iter().find(|a| a.id == sg5.id).map(|a| a.state.as_str()), Some("answered"));
    // Regression: a second mark from an older page said "marked" and dropped its comment.
    let r = post_form(
        &store,
        &format!("/actions/{}", sg5.id),
        &sec,
        &[("csrf", &csrf), ("state", "answered"), ("comment", "by fax"), ("back", &statement)],
    )
    .await;
    assert!(location(&r).contains("already%20answered"), "the second mark is told: {}", location(&r));

    // A reply uploaded, confirmed, and linked to what it answers.
    let reply = std::fs::read(repo("testdata/story/sc29-n21034-reply.txt")).expect("the reply");
    let r = upload(&store, &sec, &csrf, &[("sc29-n21034-reply.txt", reply)]).await;
    let review = location(&r);
    let id = review.trim_start_matches("/review/").to_string();
    let r = post_form(&store, &format!("/review/{id}/accept"), &sec, &[("csrf", &csrf)]).await;
    assert!(location(&r).starts_with("/statements/"), "{}", location(&r));
    let page = call(&store, "GET", &statement, &[("cookie", &sec)], None).await;
    assert!(page.body.contains("Answered by:") && page.body.contains("N 21034"), "the reply is linked: {}", page.body);

    // Topics from the statement's table, for the matrix and the roadmap, from its page.
    let r = post_form(&store, &format!("{statement}/seed-topics"), &sec, &[("csrf", &csrf)]).await;
    assert!(location(&r).contains("18%20topics%20were%20added"), "{}", location(&r));
    // The taxonomy edited from the topics page: a topic added, a body related, a rename.
    let r = post_form(&store, "/topics", &sec, &[("csrf", &csrf), ("group", "Haptics")]).await;
    assert!(location(&r).contains("added"), "{}", location(&r));
    let haptics = store.find_topic("Haptics").await.expect("the new topic").id;
    let r = post_form(&store, &format!("/topics/{haptics}/bodies"), &sec, &[("csrf", &csrf), ("body", "W3C")]).await;
    assert!(location(&r).contains("related"), "{}", location(&r));
    let r = post_form(
        &store,
        &format!("/topics/{haptics}/rename"),
        &sec,
        &[("csrf", &csrf), ("group", "Haptics and touch")],
    )
    .await;
    assert!(location(&r).contains("renamed"), "{}", location(&r));
    let t = store.find_topic(&haptics.to_string()).await.expect("the topic");
    assert_eq!((t.label.as_str(), t.related.len()), ("Haptics and touch", 1));
    let r = post_form(&store, "/topics", &sec, &[("csrf", &csrf), ("group", "Haptics and touch")]).await;
    assert!(location(&r).contains("exists"), "a topic twice is said so: {}", location(&r));
    // Regression: renaming a topic to the name of another was a 500 (the unique key failed).
    let r = post_form(&store, "/topics", &sec, &[("csrf", &csrf), ("group", "Touch")]).await;
    assert!(location(&r).contains("added"), "{}", location(&r));
    let touch = store.find_topic("Touch").await.expect("the new topic").id;
    let r =
        post_form(&store, &format!("/topics/{touch}/rename"), &sec, &[("csrf", &csrf), ("group", "Haptics and touch")])
            .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(location(&r).contains("exists"), "a rename onto another topic is said so: {}", location(&r));
    let r = post_form(&store, &format!("/topics/{touch}/rename"), &sec, &[("csrf", &csrf), ("group", "Touch")]).await;
    assert!(location(&r).contains("renamed"), "a topic keeps its own name: {}", location(&r));
    // A script tag in a title is text on every page.
    store.set_public(ls, true, &who).await.expect("public");

    let sessions = [
        ("public", String::new()),
        ("rapporteur", session(&store, "ann").await.0),
        ("member", session(&store, "mem").await.0),
        ("secretariat", sec.clone()),
        ("admin", session(&store, "adm").await.0),
    ];
    let entry = store.entries(&Default::default()).await.ok().and_then(|e| e.first().map(|e| e.id));
    let mut pages = vec![
        "/".to_string(),
        "/statements".into(),
        "/statements?direction=incoming&sort=title&state=".into(),
        "/statements?deadline_before=not-a-date".into(),
        statement.clone(),
        "/statements.csv".into(),
        "/upload".into(),
        "/review".into(),
        format!("/review/{id}"),
        "/bodies".into(),
        "/bodies?q=sg".into(),
        "/bodies/ITU-R%20SG5".into(),
        "/people".into(),
        "/catalogue".into(),
        "/topics".into(),
        "/matrix".into(),
        "/roadmap".into(),
        "/roadmap/full".into(),
        "/roadmap/export.csv".into(),
        "/gaps".into(),
        "/search?q=metaverse".into(),
        "/search?q=metaverse&facet=kind%3Dls".into(),
        "/search?q=%22unbalanced".into(),
        "/search".into(),
        "/statements?year=2023".into(),
        "/catalogue?year=2022&family=itu".into(),
        "/settings".into(),
        "/login".into(),
        "/statements/999999".into(),
    ];
    if let Some(e) = entry {
        pages.push(format!("/catalogue/{e}"));
    }
    let email = regex::Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}").expect("a pattern");
    for (role, cookie) in &sessions {
        let headers: Vec<(&str, &str)> = if cookie.is_empty() { vec![] } else { vec![("cookie", cookie.as_str())] };
        for p in &pages {
            let r = call(&store, "GET", p, &headers, None).await;
            assert!(r.status.as_u16() < 500, "{role} {p}: {} {}", r.status, r.body);
            assert!(
                matches!(
                    r.status,
                    StatusCode::OK | StatusCode::SEE_OTHER | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
                ),
                "{role} {p}: {}",
                r.status
            );
            if r.status == StatusCode::SEE_OTHER {
                assert!(location(&r).starts_with("/login?next="), "{role} {p}: to {}", location(&r));
                assert_eq!(*role, "public", "{p}: only the public is sent to log in");
            }
            let html = r
                .headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|c| c.starts_with("text/html"));
            if html && r.status == StatusCode::OK && !p.starts_with("/roadmap/full") {
                assert!(r.body.contains("<main id=\"main\"") || p == "/login", "{role} {p}: the layout");
                assert!(!r.body.contains("Chainable") && !r.body.contains("undefined value"), "{role} {p}");
            }
            if *role == "public" {
                let found: Vec<&str> = email.find_iter(&r.body).map(|m| m.as_str()).collect();
                assert!(found.is_empty(), "the public page {p} shows addresses: {found:?}");
            }
        }
    }
    // What each role is shown: the public the public statement without contacts; a rapporteur
    // their body's actions only; the admin the settings.
    let public = call(&store, "GET", &statement, &[], None).await;
    assert!(public.status == StatusCode::OK && !public.body.contains("id=\"contacts\""), "{}", public.body);
    // Regression: the public page linked every body to a page that only sent them to log in.
    assert!(!public.body.contains("href=\"/bodies/"), "no login-only links for the public: {}", public.body);
    assert!(public.body.contains("ISO&#x2f;IEC JTC 1&#x2f;SC 29"), "the bodies are still named: {}", public.body);
    let ann = &sessions[1].1;
    let page = call(&store, "GET", &statement, &[("cookie", ann)], None).await;
    let recipients = page.body.split("id=\"recipients\"").nth(1).unwrap_or("").split("</section>").next().unwrap_or("");
    assert!(
        recipients.contains("SC 29</a>") && !recipients.contains(">ITU-R SG5</a></td>"),
        "only SC 29's actions: {recipients}"
    );
    // A rapporteur uploads their body's reply: it waits for the secretariat, whatever was read.
    let ann_csrf = {
        let body = serde_json::json!({ "login": "ann", "password": "correct horse battery" });
        let r = call(&store, "POST", "/api/v1/session", &[], Some(body)).await;
        (super::set_cookie(&r), r.json()["csrf"].as_str().unwrap_or("").to_string())
    };
    let reply = std::fs::read(repo("testdata/story/s4-230789-reply.txt")).expect("a reply");
    let r = upload(&store, &ann_csrf.0, &ann_csrf.1, &[("s4-230789-reply.txt", reply)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("waits for the secretariat"), "{}", r.body);
    let queue = call(&store, "GET", "/review", &[("cookie", &sec)], None).await;
    assert!(queue.body.contains("s4-230789-reply.txt"), "the secretariat sees it waiting: {}", queue.body);
    let mem = &sessions[2].1;
    let page = call(&store, "GET", "/upload", &[("cookie", mem)], None).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "a member is offered no upload");
    assert!(!page.body.contains("href=\"/upload\""), "nor a link to it");
    let dash = call(&store, "GET", "/", &[("cookie", ann)], None).await;
    assert!(dash.body.contains("JTC 1&#x2f;SC 29 owes"), "{}", dash.body);
    let settings = call(&store, "GET", "/settings", &[("cookie", &sessions[4].1)], None).await;
    assert!(settings.status == StatusCode::OK && settings.body.contains(">ann<"), "{}", settings.body);
    let settings = call(&store, "GET", "/settings", &[("cookie", &sec)], None).await;
    assert_eq!(settings.status, StatusCode::FORBIDDEN);
    // Accounts from the settings: added with a password (who then logs in), a role changed,
    // and an admin cannot lock themselves out.
    let adm = &sessions[4].1;
    let adm_csrf = {
        let me = call(&store, "GET", "/api/v1/session", &[("cookie", adm)], None).await;
        me.json()["csrf"].as_str().unwrap_or("").to_string()
    };
    let r = post_form(
        &store,
        "/settings/users",
        adm,
        &[("csrf", &adm_csrf), ("login", "lee"), ("role", "member"), ("password", "correct horse battery")],
    )
    .await;
    assert!(location(&r).contains("can%20now%20log%20in"), "{}", location(&r));
    session(&store, "lee").await;
    let r = post_form(&store, "/settings/users/lee", adm, &[("csrf", &adm_csrf), ("role", "secretariat")]).await;
    assert!(location(&r).contains("changed"), "{}", location(&r));
    assert_eq!(store.user("lee").await.expect("lee").role, Role::Secretariat);
    let r = post_form(&store, "/settings/users/adm", adm, &[("csrf", &adm_csrf), ("disabled", "true")]).await;
    assert!(location(&r).contains("lock%20you%20out"), "{}", location(&r));
    let r = post_form(&store, "/settings/users", adm, &[("csrf", &adm_csrf), ("login", "rex"), ("role", "rapporteur")])
        .await;
    assert!(location(&r).contains("represents%20a%20body"), "{}", location(&r));
    // The year filter: of the issue date (statements), of publication (entries).
    let in_2023 = call(&store, "GET", "/statements?year=2023", &[("cookie", &sec)], None).await;
    let in_2019 = call(&store, "GET", "/statements?year=2019", &[("cookie", &sec)], None).await;
    assert!(in_2023.body.contains(">FG-MV-LS1<") && !in_2019.body.contains(">FG-MV-LS1<"), "{}", in_2019.body);
    let bad_year = call(&store, "GET", "/statements?year=12", &[("cookie", &sec)], None).await;
    assert!(bad_year.status == StatusCode::OK && bad_year.body.contains("a year such as 2023"), "{}", bad_year.body);
    // The roadmap's summary holds the matrix without the entries.
    let summary = call(&store, "GET", "/api/v1/roadmap?part=summary", &[("cookie", &sec)], None).await;
    // The 18 topics of the statement's table and the two added above.
    assert_eq!(summary.json()["matrix"]["rows"].as_array().map(Vec::len), Some(20), "the matrix's rows");
    let csv = call(&store, "GET", "/statements.csv", &[("cookie", &sec)], None).await;
    assert!(csv.body.lines().count() >= 3 && csv.body.starts_with("doc_number,title"), "{}", csv.body);
    let dash = call(&store, "GET", "/", &[("cookie", &sec)], None).await;
    assert!(dash.body.contains("38 bodies asked"), "{}", dash.body);
    let matrix = call(&store, "GET", "/matrix", &[("cookie", &sec)], None).await;
    assert!(matrix.body.contains("class=\"matrix\"") && matrix.body.contains("20 topics"), "{}", matrix.body);

    // A title with a script tag is text.
    let mut registry = store.registry().await.expect("registry");
    let mut fields = serde_json::Map::new();
    fields.insert("title".into(), Value::String("<script>alert(1)</script> LS".into()));
    store.ls_edit(&mut registry, ls, &fields, &who).await.expect("edited");
    for p in [statement.as_str(), "/statements", "/"] {
        let r = call(&store, "GET", p, &[("cookie", &sec)], None).await;
        assert!(!r.body.contains("<script>alert"), "{p}: {}", r.body);
        assert!(r.body.contains("&lt;script&gt;alert(1)"), "{p}");
    }
    // A bad upload: no file, a corrupt .docx.
    let r = upload(&store, &sec, &csrf, &[]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = upload(&store, &sec, &csrf, &[("broken.docx", b"PK\x03\x04 not a zip".to_vec())]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("broken.docx") && r.body.contains("class=\"error\""), "{}", r.body);
    // Regression: a file over axum's default 2 MiB was refused "at most 16 MiB", because the
    // pages called the API without the server's body limit. A 3 MB file reaches the reader.
    let big = "Not a statement, only words. ".repeat(110_000).into_bytes();
    assert!(big.len() > 3_000_000);
    let r = upload(&store, &sec, &csrf, &[("big.txt", big)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("big.txt") && !r.body.contains("at most"), "{}", r.body);
}

/// A fresh database, a secretariat logged in, and one file uploaded: what waits for review, as
/// (database, store, session cookie, CSRF token, review page, review id).
async fn uploaded_for_review(
    file: &str,
) -> (liaise_store::testing::TestDb, liaise_store::Store, String, String, String, i64) {
    let db = liaise_store::testing::sqlite();
    let store = db.open().await;
    let who = liaise_store::Who::new("pages-test", chrono::Utc::now());
    store.add_user("sec", Role::Secretariat, None, None, None, &who).await.expect("a user");
    store.set_password("sec", "correct horse battery", &who).await.expect("a password");
    let (sec, csrf) = session(&store, "sec").await;
    let bytes = std::fs::read(repo(file)).expect("the fixture");
    let name = file.rsplit('/').next().unwrap_or(file).to_string();
    let r = upload(&store, &sec, &csrf, &[(name.as_str(), bytes)]).await;
    let review = location(&r);
    let id: i64 = review.trim_start_matches("/review/").parse().expect("a review id");
    (db, store, sec, csrf, review, id)
}

/// Issue 27, items 1 and 2: adding "ETSI" to FG-MV-LS1's For information list in the review
/// form turned the untouched lines "3", "5" ... "20" (of "ITU-T SGs 2, 3, 5, ...") into 13
/// unknown bodies; and the abstract was never shown, and a typed one failed the whole save.
#[tokio::test]
async fn issue27_item1_a_recipient_list_edited_in_the_review_form_keeps_its_untouched_lines() {
    let (_db, store, sec, csrf, review, id) = uploaded_for_review("testdata/ls/itu/fg-mv-ls1.docx").await;
    let page = call(&store, "GET", &review, &[("cookie", &sec)], None).await;
    // The form shows the names read, one body a line.
    let shown = page.body.split("id=\"f-for_information\"").nth(1).and_then(|t| t.split('>').nth(1)).unwrap_or("");
    let shown = shown.split("</textarea").next().unwrap_or("").to_string();
    assert!(shown.lines().any(|l| l == "ITU-T SG3"), "{shown}");
    assert!(!shown.lines().any(|l| l == "3"), "no bare number: {shown}");
    // The abstract the reader read is in the form.
    assert!(page.body.contains("id=\"f-abstract\"") && page.body.contains("A new ITU-T Focus Group on metaverse"));
    let seen = page.body.split("name=\"seen\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or("");
    let before = store.review_item(id).await.expect("the item").record.for_information.len();
    let edited = format!("{shown}\nETSI");
    let r = post_form(
        &store,
        &review,
        &sec,
        &[("csrf", &csrf), ("seen", seen), ("for_information", &edited), ("abstract", "A corrected abstract.")],
    )
    .await;
    assert!(location(&r).contains("saved"), "{}", location(&r));
    let item = store.review_item(id).await.expect("the item");
    let reg = store.registry().await.expect("the registry");
    let names: Vec<&str> = item.record.for_information.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names.len(), before + 1, "{names:?}");
    let unknown: Vec<&&str> = names.iter().filter(|n| !reg.is_known(n)).collect();
    assert!(unknown.is_empty(), "untouched lines lost their meaning: {unknown:?}");
    assert!(names.contains(&"ITU-T SG3") && names.contains(&"ITU-D SG2") && names.contains(&"ETSI"), "{names:?}");
    assert_eq!(item.record.abstract_text.as_deref(), Some("A corrected abstract."));
}

/// Issue 23, item 6: the review page says where each field was read and takes a field from a
/// line of the document.
#[tokio::test]
async fn the_review_page_shows_each_fields_line_and_takes_a_field_from_a_line() {
    let (_db, store, sec, csrf, review, id) = uploaded_for_review("testdata/wild/other/memo-qstc-to-oeoa.txt").await;
    let page = call(&store, "GET", &review, &[("cookie", &sec)], None).await;
    assert!(page.body.contains("Read from: line 4, labelled"), "{}", page.body);
    assert!(page.body.contains("<li value=\"17\">QSTC Technical Coordinator</li>"), "{}", page.body);
    let seen = page.body.split("name=\"seen\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or("");
    let r = post_form(&store, &review, &sec, &[("csrf", &csrf), ("seen", seen), ("line-title", "10")]).await;
    assert!(location(&r).contains("saved"), "{}", location(&r));
    let item = store.review_item(id).await.expect("the item");
    assert!(item.record.title.starts_with("QSTC has published version 1.0"), "{}", item.record.title);
    let page = call(&store, "GET", &review, &[("cookie", &sec)], None).await;
    let seen = page.body.split("name=\"seen\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or("");
    let r = post_form(&store, &review, &sec, &[("csrf", &csrf), ("seen", seen), ("line-title", "99")]).await;
    assert!(location(&r).contains("there%20is%20no%20line%2099"), "{}", location(&r));
}
