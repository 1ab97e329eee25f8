//! What the generated calls run around every request (progenitor's
//! `ClientHooks`): credentials and per-request settings before, retries and
//! tracing during.

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::header::{AUTHORIZATION, USER_AGENT};

use crate::Client;
use crate::config::ClientConfig;

impl ClientHooks<ClientConfig> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let config = &self.inner;
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, config.authorization.clone());
        headers.insert(USER_AGENT, config.user_agent.clone());
        if let Some(timeout) = config.request_timeout {
            *request.timeout_mut() = Some(timeout);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let config = &self.inner;
        let capture = config.capture.as_ref();
        crate::call::execute(
            self.client(),
            &config.retry,
            capture,
            request,
            info.operation_id,
        )
        .await
    }
}
