//! What the generated calls run around every request (progenitor's
//! `ClientHooks`): credentials and per-request settings before, retries and
//! tracing during.
//!
//! [`prepare`] and [`execute`] are the hooks' bodies, shared with the
//! clients `klink_api_extend::extend!` generates (through `__private`), so an
//! extension's calls run exactly what the base calls run.

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::header::{AUTHORIZATION, USER_AGENT};

use crate::config::ClientConfig;
use crate::generated::Client;

impl ClientHooks<ClientConfig> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        prepare(&self.inner, request);
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        execute(self.client(), &self.inner, request, info.operation_id).await
    }
}

/// Adds the token, the user agent and the request timeout of `config` to
/// `request`.
pub fn prepare(config: &ClientConfig, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    headers.insert(AUTHORIZATION, config.authorization.clone());
    headers.insert(USER_AGENT, config.user_agent.clone());
    if let Some(timeout) = config.request_timeout {
        *request.timeout_mut() = Some(timeout);
    }
}

/// Sends `request` with `config`'s retry policy inside the `klink.call`
/// span of `operation`, buffering an error body.
pub async fn execute(
    http: &reqwest::Client,
    config: &ClientConfig,
    request: reqwest::Request,
    operation: &'static str,
) -> reqwest::Result<reqwest::Response> {
    crate::call::execute(
        http,
        &config.retry,
        config.capture.as_ref(),
        request,
        operation,
    )
    .await
}
