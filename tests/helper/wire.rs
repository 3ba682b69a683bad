//! The client side of the uplink wire as IncludeOS writes it: raw HTTP/1.1 for `/auth` and the
//! `/dock` upgrade (two `Connection` fields, `Upgrade: WebSocket`, the whole ws URL in `Host`),
//! then websocket frames — data in masked TEXT frames whatever the payload, pong and close with
//! the mask bit and key set but the payload left unmasked. Written by hand so tests control
//! every byte; the server must not need anything friendlier.

#![allow(dead_code)]

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine;
use bytes::{Buf, BytesMut};
use mothership::protocol::transport::Transport;
use sha1::{Digest, Sha1};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpSocket, TcpStream};

pub const TEXT: u8 = 0x1;
pub const BINARY: u8 = 0x2;
pub const CLOSE: u8 = 0x8;
pub const PING: u8 = 0x9;
pub const PONG: u8 = 0xA;

/// The TLS a client speaks to the hangar.
#[derive(Clone)]
pub enum ClientTls {
    /// What a real instance offers (IncludeOS's OpenSSL client): TLS 1.2 only, the one suite
    /// `AES256-SHA` (TLS_RSA_WITH_AES_256_CBC_SHA), no SNI, no ALPN, the server's certificate
    /// verified against the CA certificates of its memdisk.
    Instance(Arc<openssl::ssl::SslConnector>),
    /// A modern client (rustls: TLS 1.3/1.2, forward-secret suites only).
    Modern(Arc<rustls::ClientConfig>),
}

impl ClientTls {
    /// An instance's TLS, trusting the certificates in `ca_pem`.
    pub fn instance(ca_pem: &[u8]) -> Self {
        use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
        let mut b = SslConnector::builder(SslMethod::tls_client()).expect("ssl connector");
        b.set_min_proto_version(Some(SslVersion::TLS1_2))
            .expect("min version");
        b.set_max_proto_version(Some(SslVersion::TLS1_2))
            .expect("max version");
        b.set_cipher_list("AES256-SHA:@SECLEVEL=0")
            .expect("cipher list");
        for cert in openssl::x509::X509::stack_from_pem(ca_pem).expect("CA PEM") {
            b.cert_store_mut().add_cert(cert).expect("add CA");
        }
        b.set_verify(SslVerifyMode::PEER);
        ClientTls::Instance(Arc::new(b.build()))
    }

    /// A modern rustls client trusting the certificates in `ca_pem`, without ALPN (as the
    /// uplink client).
    pub fn modern(ca_pem: &[u8]) -> Self {
        let certs = mothership::tlsutil::certs_from_pem(ca_pem).expect("parse cert");
        let mut config =
            mothership::client::tls::client_config(mothership::client::tls::Trust::Certs(certs))
                .expect("tls config");
        config.alpn_protocols.clear();
        ClientTls::Modern(Arc::new(config))
    }
}

/// Where the hangar listens and how to reach it.
#[derive(Clone)]
pub struct Target {
    pub addr: SocketAddr,
    pub tls: Option<ClientTls>,
    /// Local address to bind before connecting (spreads sources over 127.0.0.0/8).
    pub bind: Option<std::net::IpAddr>,
}

/// A plain or TLS connection.
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
    Instance(Box<tokio_openssl::SslStream<TcpStream>>),
}

impl Stream {
    pub fn tcp(&self) -> &TcpStream {
        match self {
            Stream::Plain(s) => s,
            Stream::Tls(s) => s.get_ref().0,
            Stream::Instance(s) => s.get_ref(),
        }
    }

    /// The TLS version and cipher suite (OpenSSL's names, e.g. `TLSv1.2`, `AES256-SHA`) of an
    /// instance-style connection.
    pub fn negotiated(&self) -> Option<(String, String)> {
        match self {
            Stream::Instance(s) => Some((
                s.ssl().version_str().to_owned(),
                s.ssl().current_cipher()?.name().to_owned(),
            )),
            _ => None,
        }
    }
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Instance(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Instance(s) => Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s).poll_flush(cx),
            Stream::Instance(s) => Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Instance(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

/// Opens a connection (TLS when the target has a client config).
pub async fn connect(target: &Target) -> io::Result<Stream> {
    let socket = if target.addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    if let Some(ip) = target.bind {
        socket.bind(SocketAddr::new(ip, 0))?;
    }
    let tcp = socket.connect(target.addr).await?;
    tcp.set_nodelay(true)?;
    match &target.tls {
        None => Ok(Stream::Plain(tcp)),
        Some(ClientTls::Modern(config)) => {
            let name = rustls::pki_types::ServerName::IpAddress(target.addr.ip().into());
            let tls = tokio_rustls::TlsConnector::from(config.clone())
                .connect(name, tcp)
                .await?;
            Ok(Stream::Tls(Box::new(tls)))
        }
        Some(ClientTls::Instance(connector)) => {
            // No SNI and no host name check: the client verifies the chain only.
            let mut config = connector.configure().map_err(io::Error::other)?;
            config.set_use_server_name_indication(false);
            config.set_verify_hostname(false);
            let ssl = config.into_ssl("").map_err(io::Error::other)?;
            let mut tls = tokio_openssl::SslStream::new(ssl, tcp).map_err(io::Error::other)?;
            Pin::new(&mut tls)
                .connect()
                .await
                .map_err(io::Error::other)?;
            Ok(Stream::Instance(Box::new(tls)))
        }
    }
}

/// A parsed HTTP response head and body; `rest` holds bytes read past the body.
#[derive(Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub rest: BytesMut,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a response; with `body` false (a 101) it stops after the head.
pub async fn read_response(stream: &mut Stream, body: bool) -> io::Result<HttpResponse> {
    let mut buf = BytesMut::with_capacity(1024);
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            return Err(io::Error::other("response head too large"));
        }
        if stream.read_buf(&mut buf).await? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed before the response head",
            ));
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    buf.advance(head_end);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| io::Error::other(format!("bad status line {status_line:?}")))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut response = HttpResponse {
        status,
        headers,
        body: Vec::new(),
        rest: BytesMut::new(),
    };
    if body {
        let len: usize = response
            .header("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < len {
            if stream.read_buf(&mut buf).await? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "connection closed inside the body",
                ));
            }
        }
        response.body = buf.split_to(len).to_vec();
    }
    response.rest = buf;
    Ok(response)
}

/// `POST /auth` exactly as the uplink client writes it (hand-written JSON with a space after the
/// brace); `previous` is the bearer token the client re-sends from its last session.
pub async fn auth(
    target: &Target,
    id: &str,
    key: &str,
    previous: Option<&str>,
) -> io::Result<HttpResponse> {
    let body = format!("{{ \"id\": \"{id}\", \"key\": \"{key}\"}}");
    auth_raw(target, body.as_bytes(), previous).await
}

/// `POST /auth` with any body.
pub async fn auth_raw(
    target: &Target,
    body: &[u8],
    previous: Option<&str>,
) -> io::Result<HttpResponse> {
    let mut stream = connect(target).await?;
    let mut req = format!(
        "POST /auth HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        target.addr,
        body.len()
    );
    if let Some(token) = previous {
        req.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    stream.write_all(&bytes).await?;
    read_response(&mut stream, true).await
}

/// Why a dock failed.
#[derive(Debug)]
pub enum DockError {
    Io(io::Error),
    /// The server answered with this status instead of 101.
    Refused(u16),
    /// A 101 with a wrong `Sec-WebSocket-Accept`.
    BadAccept,
}

/// The websocket upgrade as an IncludeOS instance sends it.
pub async fn dock(target: &Target, bearer: &str) -> Result<WsClient, DockError> {
    let mut stream = connect(target).await.map_err(DockError::Io)?;
    let nonce: [u8; 16] = rand::random();
    let key = base64::engine::general_purpose::STANDARD.encode(nonce);
    let req = format!(
        "GET /dock HTTP/1.1\r\nHost: ws://{addr}/dock\r\nConnection: close\r\n\
         Connection: Upgrade\r\nUpgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\
         Sec-WebSocket-Key: {key}\r\nOrigin: http://10.0.0.42\r\nUser-Agent: IncludeOS/0.12\r\n\
         Authorization: Bearer {bearer}\r\n\r\n",
        addr = target.addr
    );
    stream
        .write_all(req.as_bytes())
        .await
        .map_err(DockError::Io)?;
    let response = read_response(&mut stream, false)
        .await
        .map_err(DockError::Io)?;
    if response.status != 101 {
        return Err(DockError::Refused(response.status));
    }
    let mut sha = Sha1::new();
    sha.update(key.as_bytes());
    sha.update(b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    let expected = base64::engine::general_purpose::STANDARD.encode(sha.finalize());
    if response.header("sec-websocket-accept") != Some(expected.as_str()) {
        return Err(DockError::BadAccept);
    }
    Ok(WsClient::new_after_upgrade(stream, response.rest))
}

/// One frame from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub fin: bool,
    pub opcode: u8,
    pub masked: bool,
    pub payload: Vec<u8>,
}

/// The client end of a docked websocket.
pub struct WsClient {
    pub stream: Stream,
    buf: BytesMut,
    /// Bytes that arrived together with the 101 (the server must send none).
    pub bytes_with_101: usize,
    /// Reads that held more than one frame (or the end of one and the start of the next):
    /// what the real client loses data on.
    pub crowded_reads: u32,
    pub frames: u32,
    /// Read at most this many bytes per second (a slow link), when set.
    pub read_rate: Option<u64>,
}

fn mask_key() -> [u8; 4] {
    rand::random()
}

/// A masked client frame, as IncludeOS writes data frames.
pub fn client_frame(fin: bool, opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![if fin { 0x80 } else { 0 } | opcode];
    let len = payload.len();
    if len < 126 {
        out.push(0x80 | len as u8);
    } else if len <= 0xFFFF {
        out.push(0x80 | 126);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(0x80 | 127);
        out.extend_from_slice(&(len as u64).to_be_bytes());
    }
    let key = mask_key();
    out.extend_from_slice(&key);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i & 3]));
    out
}

impl WsClient {
    pub fn new_after_upgrade(stream: Stream, rest: BytesMut) -> Self {
        let bytes_with_101 = rest.len();
        WsClient {
            stream,
            buf: rest,
            bytes_with_101,
            crowded_reads: 0,
            frames: 0,
            read_rate: None,
        }
    }

    pub async fn send_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.stream.write_all(bytes).await?;
        self.stream.flush().await
    }

    /// A data frame the way the uplink writes it: TEXT, masked, final.
    pub async fn send_text(&mut self, payload: &[u8]) -> io::Result<()> {
        self.send_raw(&client_frame(true, TEXT, payload)).await
    }

    /// One transport in one TEXT frame.
    pub async fn send_transport(&mut self, code: u8, payload: &[u8]) -> io::Result<()> {
        let t = Transport::new(code, payload.to_vec()).to_bytes();
        self.send_text(&t).await
    }

    /// One transport split over `parts` TEXT frames (each a whole websocket message).
    pub async fn send_transport_split(
        &mut self,
        code: u8,
        payload: &[u8],
        parts: usize,
    ) -> io::Result<()> {
        let t = Transport::new(code, payload.to_vec()).to_bytes();
        let size = t.len().div_ceil(parts.max(1)).max(1);
        for chunk in t.chunks(size) {
            self.send_text(chunk).await?;
        }
        Ok(())
    }

    /// Several transports coalesced in one TEXT frame.
    pub async fn send_coalesced(&mut self, transports: &[(u8, &[u8])]) -> io::Result<()> {
        let mut all = Vec::new();
        for (code, payload) in transports {
            all.extend_from_slice(&Transport::new(*code, payload.to_vec()).to_bytes());
        }
        self.send_text(&all).await
    }

    /// A pong as IncludeOS writes it: mask bit and key set, the (empty) payload not masked.
    pub async fn send_quirky_pong(&mut self) -> io::Result<()> {
        let key = mask_key();
        self.send_raw(&[0x8A, 0x80, key[0], key[1], key[2], key[3]])
            .await
    }

    /// A close as IncludeOS writes it: mask bit and key set, the code not masked.
    pub async fn send_quirky_close(&mut self, code: u16) -> io::Result<()> {
        let key = mask_key();
        let c = code.to_be_bytes();
        self.send_raw(&[0x88, 0x82, key[0], key[1], key[2], key[3], c[0], c[1]])
            .await
    }

    /// A client ping (mask bit and key set, empty payload), as the heartbeat sends it.
    pub async fn send_ping(&mut self) -> io::Result<()> {
        let key = mask_key();
        self.send_raw(&[0x89, 0x80, key[0], key[1], key[2], key[3]])
            .await
    }

    fn parse_frame(&mut self) -> io::Result<Option<Frame>> {
        let b = &self.buf;
        if b.len() < 2 {
            return Ok(None);
        }
        let masked = b[1] & 0x80 != 0;
        let (len, mut at) = match b[1] & 0x7F {
            126 if b.len() >= 4 => (u16::from_be_bytes([b[2], b[3]]) as usize, 4),
            127 if b.len() >= 10 => (
                u64::from_be_bytes(b[2..10].try_into().expect("8 bytes")) as usize,
                10,
            ),
            126 | 127 => return Ok(None),
            n => (n as usize, 2),
        };
        if masked {
            at += 4;
        }
        if b.len() < at + len {
            return Ok(None);
        }
        let frame = Frame {
            fin: b[0] & 0x80 != 0,
            opcode: b[0] & 0x0F,
            masked,
            payload: b[at..at + len].to_vec(),
        };
        self.buf.advance(at + len);
        Ok(Some(frame))
    }

    /// The next frame; `Ok(None)` when the server closed the connection.
    pub async fn read_frame(&mut self) -> io::Result<Option<Frame>> {
        loop {
            if let Some(frame) = self.parse_frame()? {
                self.frames += 1;
                return Ok(Some(frame));
            }
            let before = self.buf.len();
            let mut chunk = BytesMut::with_capacity(match self.read_rate {
                Some(_) => 16 * 1024,
                None => 64 * 1024,
            });
            let n = self.stream.read_buf(&mut chunk).await?;
            if n == 0 {
                return Ok(None);
            }
            self.buf.extend_from_slice(&chunk);
            if let Some(rate) = self.read_rate {
                tokio::time::sleep(Duration::from_secs_f64(n as f64 / rate.max(1) as f64)).await;
            }
            // Count frames that ended inside this read; two, or one plus the start of the
            // next, is what IncludeOS's receive side cannot handle.
            let mut probe = self.buf.clone();
            let mut ends = 0;
            let mut consumed = 0;
            while let Some(total) = frame_len(&probe) {
                probe.advance(total);
                consumed += total;
                if consumed > before {
                    ends += 1;
                }
            }
            if ends >= 2 || (ends >= 1 && !probe.is_empty() && consumed > before) {
                self.crowded_reads += 1;
            }
        }
    }

    /// The next frame within `limit`, skipping nothing; `Err` on timeout.
    pub async fn read_frame_within(&mut self, limit: Duration) -> io::Result<Option<Frame>> {
        tokio::time::timeout(limit, self.read_frame())
            .await
            .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "no frame in time"))?
    }
}

/// Length of the complete frame at the start of `b`, if it is complete.
fn frame_len(b: &[u8]) -> Option<usize> {
    if b.len() < 2 {
        return None;
    }
    let masked = b[1] & 0x80 != 0;
    let (len, mut at) = match b[1] & 0x7F {
        126 if b.len() >= 4 => (u16::from_be_bytes([b[2], b[3]]) as usize, 4),
        127 if b.len() >= 10 => (u64::from_be_bytes(b[2..10].try_into().ok()?) as usize, 10),
        126 | 127 => return None,
        n => (n as usize, 2),
    };
    if masked {
        at += 4;
    }
    (b.len() >= at + len).then_some(at + len)
}
