//! A read timeout for request bodies: a body that sends nothing for the timeout while its handler
//! waits for it ends with [`BodyTimedOut`], which handlers answer with a 408
//! ([`is_body_timeout`]). Without it a client that opens an upload and goes silent holds its
//! handler (and what the handler holds, such as a temporary file) for as long as the connection
//! lives.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use tokio::time::{Instant, Sleep};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The error a body ends with when it stayed silent for the timeout.
#[derive(Debug, thiserror::Error)]
#[error("the request body sent nothing for {} s", .0.as_secs_f64())]
pub struct BodyTimedOut(pub Duration);

/// Whether `error` (or one of its sources) is a [`BodyTimedOut`].
pub fn is_body_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(e) = next {
        if e.is::<BodyTimedOut>() {
            return true;
        }
        next = e.source();
    }
    false
}

/// `inner`, ending with [`BodyTimedOut`] once no frame came for `timeout` while it was polled.
/// The clock starts when the handler first waits for the body and restarts with every frame; a
/// body nobody reads costs nothing.
pub struct IdleTimeoutBody<B> {
    inner: B,
    timeout: Duration,
    sleep: Option<Pin<Box<Sleep>>>,
    /// A frame came since the timer was last set.
    progressed: bool,
}

impl<B> IdleTimeoutBody<B> {
    pub fn new(inner: B, timeout: Duration) -> Self {
        IdleTimeoutBody {
            inner,
            timeout,
            sleep: None,
            progressed: false,
        }
    }
}

impl<B> Body for IdleTimeoutBody<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                this.progressed = true;
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => {
                let timeout = this.timeout;
                let sleep = this
                    .sleep
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
                if std::mem::take(&mut this.progressed) {
                    sleep.as_mut().reset(Instant::now() + timeout);
                }
                match sleep.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(BodyTimedOut(timeout))))),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
