//! `/api/v1/search`: one search over statements, bodies, people and the catalogue, with
//! identifiers found whole and facets counted. Without an account, what is public only.

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use liaise_store::accounts::Role;
use liaise_store::search::{Audience, FACETS, SearchResult};
use serde::Deserialize;
use std::collections::BTreeMap;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// What to look for: words (every one must match), identifiers whole (Q8/16, SG13-LS45,
    /// S4-231450, 23090-3, H.266 or H266), "a phrase", prefix*.
    q: Option<String>,
    /// Facet filters, FACET=VALUE, comma-separated (kind=ls,source=ITU-T SG16); facets: kind,
    /// source, recipient, year, direction, state, topic, lifecycle, family, body.
    facet: Option<String>,
    /// At most so many results (20 unless said, at most 100).
    size: Option<usize>,
}

/// Searches statements, bodies, people and the catalogue entries. A rapporteur and the public
/// find public statements, bodies and entries, never people.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchQuery),
    security((), ("token" = []), ("session" = [])),
    responses((status = 200, body = SearchResult), crate::api::ReadErrors))]
pub async fn search(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<SearchQuery>, QueryRejection>,
) -> Result<Json<SearchResult>, ApiError> {
    let audience = match caller.principal.as_ref().map(|p| p.role) {
        None => Audience::Public,
        Some(_) => {
            let p = caller.require(Role::Rapporteur, false)?;
            if p.role >= Role::Member { Audience::Member } else { Audience::Public }
        }
    };
    let q = super::query(q)?;
    super::plain_text(&[("q", &q.q), ("facet", &q.facet)])?;
    let text = q.q.unwrap_or_default();
    let parsed = liaise_core::search::parse_query(&text).map_err(|e| ApiError::BadRequest(format!("q: {e}")))?;
    let size = q.size.unwrap_or(20);
    if !(1..=100).contains(&size) {
        return Err(ApiError::BadRequest("size: from 1 to 100".into()));
    }
    let reg = state.store.shared_registry().await?;
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in q.facet.iter().flat_map(|f| f.split(',')).map(str::trim).filter(|f| !f.is_empty()) {
        let Some((name, value)) = f.split_once('=') else {
            return Err(ApiError::BadRequest(format!("facet {f:?}: write FACET=VALUE")));
        };
        let name = name.trim().to_lowercase();
        if !FACETS.contains(&name.as_str()) {
            return Err(ApiError::BadRequest(format!("facet {name:?}: the facets are {}", FACETS.join(", "))));
        }
        let value = match reg.lookup(value.trim()) {
            Some(b) if matches!(name.as_str(), "source" | "recipient" | "body") => b.canonical.clone(),
            _ => value.trim().to_string(),
        };
        filters.entry(name).or_default().push(value);
    }
    Ok(Json(state.store.search(&parsed, &filters, audience, size).await?))
}
