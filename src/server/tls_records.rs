//! The uplink's TLS after the handshake, for the one suite real instances speak.
//!
//! Real IncludeOS instances offer exactly TLS 1.2 with `AES256-SHA` (RSA key exchange,
//! AES-256-CBC, HMAC-SHA1), and their OpenSSL client also offers Encrypt-then-MAC (RFC 7366).
//! OpenSSL does the handshake (RSA key exchange, certificates: nothing here touches them), and
//! when it has agreed on exactly that (TLS 1.2, `AES256-SHA`, Encrypt-then-MAC, a new session,
//! nothing read ahead), this module takes the connection over with the keys OpenSSL derived and
//! speaks the record layer itself: [`RecordStream`].
//!
//! Why by hand (docs/ARCHITECTURE.md has the long form): a docked instance is idle nearly all
//! the time, and tens of thousands of them are docked at once. OpenSSL keeps about 14 KiB per
//! connection for its whole life (the SSL object, the session, per-direction cipher and HMAC
//! contexts of OpenSSL 3's providers), and copies an HMAC context (four allocations) for every
//! record, which made an idle fleet's pings cost more CPU in libcrypto than anywhere else. No
//! maintained crate speaks the CBC suites (rustls has none, by design); kernel TLS has no CBC
//! suites either. What this module keeps per connection is the two directions' keys and
//! sequence numbers (about 120 bytes), and buffers only while bytes are in flight.
//!
//! The record layer for `AES256-SHA` with Encrypt-then-MAC is small and has no padding oracle:
//! the MAC covers the ciphertext and is checked (in constant time) before anything is
//! decrypted. Connections that negotiate anything else (modern suites, or a client without
//! Encrypt-then-MAC) stay with OpenSSL from start to end.

use std::ffi::c_int;
use std::io;
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::sync::OnceLock;
use std::task::{Context, Poll, ready};

use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, InnerIvInit, KeyInit, array::Array};
use aes::{Aes256Dec, Aes256Enc};
use bytes::{Buf, BytesMut};
use foreign_types::ForeignTypeRef;
use hmac::{Hmac, Mac};
use openssl::ex_data::Index;
use openssl::ssl::{ClientHelloResponse, Ssl, SslAcceptor, SslAcceptorBuilder, SslRef, SslVersion};
use rand::Rng;
use sha1::Sha1;
use sha2::Sha256;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_openssl::SslStream;
use zeroize::Zeroize;

/// The suite the record layer speaks, by OpenSSL's name.
const SUITE: &str = "AES256-SHA";

const CHANGE_CIPHER_SPEC: u8 = 20;
const ALERT: u8 = 21;
const HANDSHAKE: u8 = 22;
const APPLICATION_DATA: u8 = 23;
/// TLS 1.2 on the wire.
const VERSION: [u8; 2] = [3, 3];
const HEADER: usize = 5;
const BLOCK: usize = 16;
const MAC_LEN: usize = 20;
const KEY_LEN: usize = 32;
/// Plaintext in one record, at most (RFC 5246 6.2.1).
const MAX_PLAINTEXT: usize = 1 << 14;
/// A record's length field, at most (RFC 5246 6.2.3).
const MAX_CIPHERTEXT: usize = MAX_PLAINTEXT + 2048;
/// The largest record this side writes: header, IV, a full record's plaintext padded, MAC.
const MAX_WRITTEN: usize = HEADER + BLOCK + MAX_PLAINTEXT + BLOCK + MAC_LEN;
/// Records up to this size are sealed in a buffer this size.
const SMALL_WRITE: usize = 512;
/// The socket is read this much at a time at least (one call takes a burst of small records).
const READ_CHUNK: usize = 4096;
/// Records queued for the socket before a write waits for it.
const OUT_LIMIT: usize = 64 * 1024;
/// The Encrypt-then-MAC extension's number (RFC 7366).
const EXT_ENCRYPT_THEN_MAC: u32 = 22;
/// alert level and description of close_notify.
const CLOSE_NOTIFY: [u8; 2] = [1, 0];

/// Where the client hello callback notes whether the client offered Encrypt-then-MAC.
fn etm_index() -> Option<Index<Ssl, bool>> {
    static INDEX: OnceLock<Option<Index<Ssl, bool>>> = OnceLock::new();
    *INDEX.get_or_init(|| Ssl::new_ex_index().ok())
}

/// Notes, for every handshake on `builder`'s connections, whether the client offered
/// Encrypt-then-MAC: OpenSSL uses it for CBC suites whenever it is offered, and says so
/// nowhere else.
pub fn note_encrypt_then_mac(builder: &mut SslAcceptorBuilder) {
    builder.set_client_hello_callback(|ssl, _alert| {
        let mut data = std::ptr::null();
        let mut len = 0;
        // SAFETY: `ssl` is the live SSL of this handshake, inside its client hello callback
        // (the only place the call is allowed); the out-pointers are valid locals, and the
        // extension's bytes (not read here) stay OpenSSL's.
        let offered = unsafe {
            openssl_sys::SSL_client_hello_get0_ext(
                ssl.as_ptr(),
                EXT_ENCRYPT_THEN_MAC,
                &mut data,
                &mut len,
            )
        } == 1;
        if let Some(index) = etm_index() {
            ssl.set_ex_data(index, offered);
        }
        Ok(ClientHelloResponse::SUCCESS)
    });
}

unsafe extern "C" {
    /// Whether OpenSSL holds bytes read from the socket that it has not handed out (OpenSSL
    /// 1.1.0 and later; not bound by `openssl-sys`).
    fn SSL_has_pending(ssl: *const openssl_sys::SSL) -> c_int;
}

/// The uplink's TLS acceptor: OpenSSL for the handshake, and the record layer here afterwards
/// where it applies and `offload` is on.
pub struct UplinkAcceptor {
    pub ssl: SslAcceptor,
    pub offload: bool,
}

/// The socket under OpenSSL, which this module can take back after the handshake.
pub struct Socket(Option<TcpStream>);

impl Socket {
    fn get(&mut self) -> io::Result<Pin<&mut TcpStream>> {
        self.0
            .as_mut()
            .map(Pin::new)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotConnected))
    }
}

impl AsyncRead for Socket {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        self.get_mut().get()?.poll_read(cx, buf)
    }
}

impl AsyncWrite for Socket {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.get_mut().get()?.poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().get()?.poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().get()?.poll_shutdown(cx)
    }
}

/// An accepted uplink connection: OpenSSL's, or this module's record layer.
// Sized for the record layer on purpose: the stream lives in one allocation either way (hyper
// boxes it at the upgrade), and boxing the larger variant would add one per connection.
#[allow(clippy::large_enum_variant)]
pub enum UplinkTls {
    OpenSsl(SslStream<Socket>),
    Records(RecordStream),
}

impl UplinkTls {
    /// Whether the record layer here serves the connection.
    pub fn is_offloaded(&self) -> bool {
        matches!(self, UplinkTls::Records(_))
    }
}

/// The server side of a handshake on a new uplink connection, then the record layer that fits.
pub async fn accept(acceptor: &UplinkAcceptor, stream: TcpStream) -> Result<UplinkTls, String> {
    let ssl = Ssl::new(acceptor.ssl.context()).map_err(|e| e.to_string())?;
    let mut tls = SslStream::new(ssl, Socket(Some(stream))).map_err(|e| e.to_string())?;
    Pin::new(&mut tls)
        .accept()
        .await
        .map_err(|e| e.to_string())?;
    if !acceptor.offload {
        return Ok(UplinkTls::OpenSsl(tls));
    }
    let Some((read, write)) = session_keys(tls.ssl()) else {
        return Ok(UplinkTls::OpenSsl(tls));
    };
    match tls.get_mut().0.take() {
        Some(io) => Ok(UplinkTls::Records(RecordStream::new(io, read, write))),
        None => Err("the socket went missing after the handshake".into()),
    }
}

/// The read (client write) and write (server write) keys of a finished handshake, when it
/// agreed on what [`RecordStream`] speaks and OpenSSL holds nothing unread.
fn session_keys(ssl: &SslRef) -> Option<(Direction, Direction)> {
    if ssl.version2() != Some(SslVersion::TLS1_2)
        || ssl.current_cipher()?.name() != SUITE
        || ssl.session_reused()
        || ssl.ex_data(etm_index()?) != Some(&true)
    {
        return None;
    }
    // SAFETY: `ssl` is a live SSL borrowed for the call.
    if unsafe { SSL_has_pending(ssl.as_ptr()) } != 0 {
        return None;
    }
    let mut master = [0u8; 48];
    if ssl.session()?.master_key(&mut master) != master.len() {
        return None;
    }
    let (mut client_random, mut server_random) = ([0u8; 32], [0u8; 32]);
    if ssl.client_random(&mut client_random) != 32 || ssl.server_random(&mut server_random) != 32 {
        return None;
    }
    let mut seed = [0u8; 64];
    seed[..32].copy_from_slice(&server_random);
    seed[32..].copy_from_slice(&client_random);
    let mut block = [0u8; 2 * (MAC_LEN + KEY_LEN)];
    prf_sha256(&master, b"key expansion", &seed, &mut block);
    master.zeroize();
    // client MAC key, server MAC key, client key, server key (RFC 5246 6.3). Both Finished
    // messages were sequence number 0 under these keys.
    let direction = |mac: &[u8], key: &[u8]| {
        let mut d = Direction {
            mac: [0; MAC_LEN],
            key: [0; KEY_LEN],
            seq: 1,
        };
        d.mac.copy_from_slice(mac);
        d.key.copy_from_slice(key);
        d
    };
    let read = direction(&block[..20], &block[40..72]);
    let write = direction(&block[20..40], &block[72..104]);
    block.zeroize();
    Some((read, write))
}

/// TLS 1.2's PRF with SHA-256 (RFC 5246 5): fills `out`.
fn prf_sha256(secret: &[u8], label: &[u8], seed: &[u8], out: &mut [u8]) {
    let hmac = || {
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"))
    };
    // A(1) = HMAC(secret, label + seed); A(i) = HMAC(secret, A(i-1)).
    let mut a = hmac()
        .chain_update(label)
        .chain_update(seed)
        .finalize()
        .into_bytes();
    for chunk in out.chunks_mut(32) {
        let p = hmac()
            .chain_update(a)
            .chain_update(label)
            .chain_update(seed)
            .finalize()
            .into_bytes();
        chunk.copy_from_slice(&p[..chunk.len()]);
        a = hmac().chain_update(a).finalize().into_bytes();
    }
}

/// One direction's keys and its next sequence number.
struct Direction {
    mac: [u8; MAC_LEN],
    key: [u8; KEY_LEN],
    seq: u64,
}

impl Drop for Direction {
    fn drop(&mut self) {
        self.mac.zeroize();
        self.key.zeroize();
    }
}

/// Why a record was refused; each ends the connection.
fn bad(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("TLS record refused: {what}"),
    )
}

impl Direction {
    fn next_seq(&mut self) -> io::Result<u64> {
        let seq = self.seq;
        self.seq = seq
            .checked_add(1)
            .ok_or_else(|| bad("sequence number exhausted"))?;
        Ok(seq)
    }

    /// The record MAC of Encrypt-then-MAC: over the sequence number, the header with the
    /// length of IV and ciphertext, then IV and ciphertext.
    fn mac(&self, seq: u64, kind: u8, sealed: &[u8]) -> Hmac<Sha1> {
        let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(&self.mac)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(&seq.to_be_bytes());
        mac.update(&[kind, VERSION[0], VERSION[1]]);
        mac.update(&(sealed.len() as u16).to_be_bytes());
        mac.update(sealed);
        mac
    }

    /// Writes one record of `kind` holding `plain` (at most [`MAX_PLAINTEXT`] bytes) at the
    /// start of `out`, which has room for it; answers its length.
    fn seal(&mut self, kind: u8, plain: &[u8], out: &mut [u8]) -> io::Result<usize> {
        debug_assert!(plain.len() <= MAX_PLAINTEXT);
        let padded = (plain.len() / BLOCK + 1) * BLOCK;
        let pad = (padded - plain.len() - 1) as u8;
        let sealed = BLOCK + padded;
        let total = HEADER + sealed + MAC_LEN;
        let seq = self.next_seq()?;
        let out = &mut out[..total];
        out[0] = kind;
        out[1..3].copy_from_slice(&VERSION);
        out[3..5].copy_from_slice(&((sealed + MAC_LEN) as u16).to_be_bytes());
        let (iv, rest) = out[HEADER..].split_at_mut(BLOCK);
        rand::rng().fill_bytes(iv);
        rest[..plain.len()].copy_from_slice(plain);
        rest[plain.len()..padded].fill(pad);
        let cipher = Aes256Enc::new(&Array(self.key));
        let (blocks, _) = Array::slice_as_chunks_mut(&mut rest[..padded]);
        cbc::Encryptor::inner_iv_init(cipher, &Array::try_from(&*iv).map_err(|_| bad("IV"))?)
            .encrypt_blocks(blocks);
        let tag = self
            .mac(seq, kind, &out[HEADER..HEADER + sealed])
            .finalize()
            .into_bytes();
        out[HEADER + sealed..].copy_from_slice(&tag);
        Ok(total)
    }

    /// Checks and decrypts the whole record `record` in place; answers its kind and where its
    /// plaintext is.
    fn open(&mut self, record: &mut [u8]) -> io::Result<(u8, std::ops::Range<usize>)> {
        let kind = record[0];
        let len = record.len() - HEADER;
        if len < BLOCK + BLOCK + MAC_LEN || !(len - MAC_LEN).is_multiple_of(BLOCK) {
            return Err(bad("its length does not fit AES256-SHA"));
        }
        let sealed = len - MAC_LEN;
        let seq = self.next_seq()?;
        let (body, tag) = record[HEADER..].split_at_mut(sealed);
        self.mac(seq, kind, body)
            .verify_slice(tag)
            .map_err(|_| bad("bad record MAC"))?;
        let (iv, data) = body.split_at_mut(BLOCK);
        let cipher = Aes256Dec::new(&Array(self.key));
        let (blocks, _) = Array::slice_as_chunks_mut(data);
        cbc::Decryptor::inner_iv_init(cipher, &Array::try_from(&*iv).map_err(|_| bad("IV"))?)
            .decrypt_blocks(blocks);
        let pad = usize::from(data[data.len() - 1]);
        if pad + 1 > data.len()
            || data[data.len() - 1 - pad..]
                .iter()
                .any(|&b| usize::from(b) != pad)
        {
            return Err(bad("bad padding"));
        }
        let plain = data.len() - 1 - pad;
        if plain > MAX_PLAINTEXT {
            return Err(bad("more than 16 KiB of plaintext"));
        }
        let start = HEADER + BLOCK;
        Ok((kind, start..start + plain))
    }
}

/// What an opened record means for the reader.
enum Content {
    /// Application data: where its plaintext is in the record.
    Data(std::ops::Range<usize>),
    /// The peer's close_notify.
    CloseNotify,
    /// Nothing to act on (a warning alert).
    Nothing,
}

impl Direction {
    /// Opens `record` (see [`Direction::open`]) and answers what it means; any record but
    /// application data and alerts at warning level ends the connection.
    fn open_content(&mut self, record: &mut [u8]) -> io::Result<Content> {
        let (kind, range) = self.open(record)?;
        let data = &record[range.clone()];
        match kind {
            APPLICATION_DATA => Ok(Content::Data(range)),
            ALERT if data == CLOSE_NOTIFY => Ok(Content::CloseNotify),
            ALERT if data.len() == 2 && data[0] == 1 => Ok(Content::Nothing),
            ALERT if data.len() == 2 => Err(bad(&format!("the peer sent alert {}", data[1]))),
            HANDSHAKE => Err(bad("renegotiation is not supported")),
            CHANGE_CIPHER_SPEC => Err(bad("unexpected change_cipher_spec")),
            other => Err(bad(&format!("unexpected record type {other}"))),
        }
    }
}

/// The length of the whole record at the start of `input`, or `None` while it is partial.
fn record_len(input: &[u8]) -> io::Result<Option<usize>> {
    let Some(header) = input.get(..HEADER) else {
        return Ok(None);
    };
    if header[1..3] != VERSION {
        return Err(bad("not TLS 1.2"));
    }
    let len = usize::from(u16::from_be_bytes([header[3], header[4]]));
    if len > MAX_CIPHERTEXT {
        return Err(bad("longer than TLS allows"));
    }
    Ok((input.len() >= HEADER + len).then_some(HEADER + len))
}

/// TLS 1.2 `AES256-SHA` with Encrypt-then-MAC over a socket, after OpenSSL's handshake.
///
/// Idle, it holds nothing but the keys: the socket is read into a buffer that is given back
/// once it holds no partial record, plaintext is kept only when the reader asked for less than
/// a record held, and records are queued only while the socket does not take them.
pub struct RecordStream {
    io: TcpStream,
    read: Direction,
    write: Direction,
    /// Bytes read from the socket and not yet opened (a partial record, or records behind a
    /// reader whose buffer was full).
    input: BytesMut,
    /// Plaintext of an opened record not handed out yet.
    plain: BytesMut,
    /// Records the socket has not taken yet.
    output: BytesMut,
    /// close_notify (or the end of the TCP stream) was read.
    eof: bool,
    /// close_notify was queued.
    closed: bool,
}

impl RecordStream {
    fn new(io: TcpStream, read: Direction, write: Direction) -> Self {
        RecordStream {
            io,
            read,
            write,
            input: BytesMut::new(),
            plain: BytesMut::new(),
            output: BytesMut::new(),
            eof: false,
            closed: false,
        }
    }

    /// Opens one whole record, `record`: its plaintext goes to `buf` (the rest of it to
    /// `plain`), or its alert is acted on.
    fn open_record(
        read: &mut Direction,
        plain: &mut BytesMut,
        eof: &mut bool,
        record: &mut [u8],
        buf: &mut ReadBuf<'_>,
    ) -> io::Result<()> {
        match read.open_content(record)? {
            Content::Data(range) => {
                let data = &record[range];
                let n = data.len().min(buf.remaining());
                buf.put_slice(&data[..n]);
                if n < data.len() {
                    plain.extend_from_slice(&data[n..]);
                }
            }
            Content::CloseNotify => *eof = true,
            Content::Nothing => {}
        }
        Ok(())
    }

    /// Writes queued records until none is left (then gives their buffer back).
    fn poll_drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.output.is_empty() {
            let n = ready!(Pin::new(&mut self.io).poll_write(cx, &self.output))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.output.advance(n);
        }
        self.output = BytesMut::new();
        Poll::Ready(Ok(()))
    }
}

/// A [`RecordStream`] taken apart while its connection is idle (see `server::uplink::idle`):
/// the socket, out of tokio's reactor, and the two directions' keys. Nothing else is held.
pub struct IdleRecords {
    io: std::net::TcpStream,
    read: Direction,
    write: Direction,
}

/// What one [`IdleRecords::receive`] found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Received {
    /// Bytes the socket gave.
    pub bytes: usize,
    /// The peer ended the stream (or sent close_notify).
    pub eof: bool,
    /// The read filled its buffer: the socket may hold more.
    pub more: bool,
}

impl RecordStream {
    /// Takes the stream apart for the idle loop, when it holds nothing in flight (no partial
    /// record read, no plaintext unread, nothing queued for the socket); `Err` gives it back
    /// when it does. Taking the socket out of tokio's reactor can fail only in ways that close
    /// it (the inner `Err`).
    // The stream goes back by value: once per parking, not worth a box.
    #[allow(clippy::result_large_err)]
    pub fn park(self) -> Result<io::Result<IdleRecords>, Self> {
        if !self.input.is_empty()
            || !self.plain.is_empty()
            || !self.output.is_empty()
            || self.eof
            || self.closed
        {
            return Err(self);
        }
        let RecordStream {
            io, read, write, ..
        } = self;
        Ok(io.into_std().map(|io| IdleRecords { io, read, write }))
    }

    /// Puts a parked stream back together (in a tokio runtime) with what the idle loop read
    /// and did not act on: `input` (a partial record), `plain` (plaintext not handed out) and
    /// `output` (record bytes the socket did not take).
    pub fn unpark(
        idle: IdleRecords,
        input: BytesMut,
        plain: BytesMut,
        output: BytesMut,
        eof: bool,
    ) -> io::Result<Self> {
        let IdleRecords { io, read, write } = idle;
        let mut stream = RecordStream::new(TcpStream::from_std(io)?, read, write);
        stream.input = input;
        stream.plain = plain;
        stream.output = output;
        stream.eof = eof;
        Ok(stream)
    }
}

impl IdleRecords {
    /// The socket, to register with the idle loop's poller.
    pub fn socket(&self) -> &std::net::TcpStream {
        &self.io
    }

    /// Seals `plain` (small: a ping) into one record and writes it; answers the record's
    /// bytes the socket did not take (none, nearly always).
    pub fn send(&mut self, plain: &[u8]) -> io::Result<BytesMut> {
        use std::io::Write;
        let mut record = [0u8; SMALL_WRITE];
        if plain.len() + BLOCK + BLOCK + MAC_LEN + HEADER > SMALL_WRITE {
            return Err(io::Error::other(
                "an idle connection writes small records only",
            ));
        }
        let len = self.write.seal(APPLICATION_DATA, plain, &mut record)?;
        let written = match (&self.io).write(&record[..len]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => 0,
            Err(e) => return Err(e),
        };
        Ok(BytesMut::from(&record[written..len]))
    }

    /// Reads what the socket holds, once, and opens the whole records in place: their
    /// plaintext is appended to `plain`, the bytes of a partial record at the end to `partial`
    /// (both are the caller's scratch, so an idle read allocates nothing).
    pub fn receive(&mut self, plain: &mut Vec<u8>, partial: &mut Vec<u8>) -> io::Result<Received> {
        use std::io::Read;
        let mut chunk = [0u8; READ_CHUNK];
        let n = match (&self.io).read(&mut chunk) {
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                ) =>
            {
                return Ok(Received::default());
            }
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(Received {
                eof: true,
                ..Received::default()
            });
        }
        let mut at = 0;
        let mut eof = false;
        while !eof && let Some(len) = record_len(&chunk[at..n])? {
            let record = &mut chunk[at..at + len];
            at += len;
            match self.read.open_content(record)? {
                Content::Data(range) => plain.extend_from_slice(&record[range]),
                Content::CloseNotify => eof = true,
                Content::Nothing => {}
            }
        }
        if !eof {
            partial.extend_from_slice(&chunk[at..n]);
        }
        Ok(Received {
            bytes: n,
            eof,
            more: n == READ_CHUNK,
        })
    }
}

impl AsyncRead for RecordStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        loop {
            if !this.plain.is_empty() {
                let n = this.plain.len().min(buf.remaining());
                buf.put_slice(&this.plain[..n]);
                this.plain.advance(n);
                if this.plain.is_empty() {
                    this.plain = BytesMut::new();
                }
                return Poll::Ready(Ok(()));
            }
            if buf.filled().len() > before || this.eof || buf.remaining() == 0 {
                return Poll::Ready(Ok(()));
            }
            if let Some(len) = record_len(&this.input)? {
                let mut record = this.input.split_to(len);
                if this.input.is_empty() {
                    this.input = BytesMut::new();
                }
                Self::open_record(
                    &mut this.read,
                    &mut this.plain,
                    &mut this.eof,
                    &mut record,
                    buf,
                )?;
                continue;
            }
            if this.input.is_empty() {
                // Nothing held (the usual case: a ping, a pong, a small transport): read into
                // the stack and open the whole records there; only what is left over (a partial
                // record, or records behind a full `buf`) is kept, so an idle wake-up allocates
                // nothing.
                let mut stack = [MaybeUninit::<u8>::uninit(); READ_CHUNK];
                let mut read = ReadBuf::uninit(&mut stack);
                ready!(Pin::new(&mut this.io).poll_read(cx, &mut read))?;
                let got = read.filled_mut();
                if got.is_empty() {
                    // Instances never send close_notify; the end of the stream is their goodbye.
                    this.eof = true;
                    continue;
                }
                let mut at = 0;
                while buf.remaining() > 0 && this.plain.is_empty() && !this.eof {
                    let Some(len) = record_len(&got[at..])? else {
                        break;
                    };
                    Self::open_record(
                        &mut this.read,
                        &mut this.plain,
                        &mut this.eof,
                        &mut got[at..at + len],
                        buf,
                    )?;
                    at += len;
                }
                if !this.eof {
                    this.input.extend_from_slice(&got[at..]);
                }
                continue;
            }
            // Part of a record is held: read the rest of it.
            let want = match this.input.get(3..HEADER) {
                Some(l) => HEADER + usize::from(u16::from_be_bytes([l[0], l[1]])),
                None => HEADER,
            };
            this.input
                .reserve((want - this.input.len()).max(READ_CHUNK));
            let n = ready!(tokio_util::io::poll_read_buf(
                Pin::new(&mut this.io),
                cx,
                &mut this.input
            ))?;
            if n == 0 {
                this.eof = true;
                this.input = BytesMut::new();
            }
        }
    }
}

impl AsyncWrite for RecordStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.closed {
            return Poll::Ready(Err(io::ErrorKind::BrokenPipe.into()));
        }
        while this.output.len() >= OUT_LIMIT {
            ready!(this.poll_drain(cx))?;
        }
        if data.is_empty() {
            return Poll::Ready(Ok(0));
        }
        let n = data.len().min(MAX_PLAINTEXT);
        // Pings, pongs and most transports are small: a buffer their size, not 16 KiB to zero.
        let mut small = [0u8; SMALL_WRITE];
        let mut large;
        let record: &mut [u8] = if n + BLOCK + BLOCK + MAC_LEN + HEADER <= SMALL_WRITE {
            &mut small
        } else {
            large = [0u8; MAX_WRITTEN];
            &mut large
        };
        let len = this.write.seal(APPLICATION_DATA, &data[..n], record)?;
        if this.output.is_empty() {
            // The usual case: straight to the socket, queued only if it takes less.
            let written = match Pin::new(&mut this.io).poll_write(cx, &record[..len]) {
                Poll::Ready(Ok(w)) => w,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => 0,
            };
            this.output.extend_from_slice(&record[written..len]);
        } else {
            this.output.extend_from_slice(&record[..len]);
            if let Poll::Ready(Err(e)) = this.poll_drain(cx) {
                return Poll::Ready(Err(e));
            }
        }
        if this.output.is_empty() {
            this.output = BytesMut::new();
        }
        Poll::Ready(Ok(n))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_drain(cx))?;
        Pin::new(&mut this.io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if !this.closed {
            this.closed = true;
            let mut record = [0u8; HEADER + BLOCK + BLOCK + MAC_LEN];
            let len = this.write.seal(ALERT, &CLOSE_NOTIFY, &mut record)?;
            this.output.extend_from_slice(&record[..len]);
        }
        ready!(this.poll_drain(cx))?;
        Pin::new(&mut this.io).poll_shutdown(cx)
    }
}

impl AsyncRead for UplinkTls {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            UplinkTls::OpenSsl(s) => Pin::new(s).poll_read(cx, buf),
            UplinkTls::Records(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for UplinkTls {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            UplinkTls::OpenSsl(s) => Pin::new(s).poll_write(cx, buf),
            UplinkTls::Records(s) => Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            UplinkTls::OpenSsl(s) => Pin::new(s).poll_flush(cx),
            UplinkTls::Records(s) => Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            UplinkTls::OpenSsl(s) => Pin::new(s).poll_shutdown(cx),
            UplinkTls::Records(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::config::UplinkTlsMode;
    use openssl::ssl::{SslConnector, SslMethod, SslOptions, SslVerifyMode};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    #[test]
    fn prf_matches_the_published_tls12_sha256_vector() {
        // The TLS 1.2 PRF test vector for SHA-256 (also what `openssl kdf ... TLS1-PRF` gives).
        let secret = hex::decode("9bbe436ba940f017b17652849a71db35").expect("hex");
        let seed = hex::decode("a0ba9f936cda311827a6f796ffd5198c").expect("hex");
        let mut out = [0u8; 100];
        prf_sha256(&secret, b"test label", &seed, &mut out);
        assert_eq!(
            hex::encode(out),
            "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9\
             c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789\
             baa48082d122ee42c5a72e5a5110fff70187347b66"
        );
    }

    fn pair() -> (Direction, Direction) {
        let d = || Direction {
            mac: [7; MAC_LEN],
            key: [9; KEY_LEN],
            seq: 1,
        };
        (d(), d())
    }

    fn sealed(w: &mut Direction, kind: u8, plain: &[u8]) -> Vec<u8> {
        let mut out = vec![0u8; MAX_WRITTEN];
        let n = w.seal(kind, plain, &mut out).expect("seal");
        out.truncate(n);
        out
    }

    #[test]
    fn records_round_trip_at_every_padding_length() {
        let (mut w, mut r) = pair();
        for len in [0, 1, 15, 16, 17, 31, 32, 1000, MAX_PLAINTEXT] {
            let plain: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let mut record = sealed(&mut w, APPLICATION_DATA, &plain);
            assert!((record.len() - HEADER - MAC_LEN).is_multiple_of(BLOCK));
            let (kind, range) = r.open(&mut record).expect("open");
            assert_eq!(kind, APPLICATION_DATA);
            assert_eq!(&record[range], &plain[..]);
        }
    }

    #[test]
    fn tampered_reordered_or_replayed_records_are_refused() {
        // Every byte of a record is covered: the type, the version, the length (through the
        // MAC input), the IV, the ciphertext and the MAC itself.
        let (mut w, _) = pair();
        let record = sealed(&mut w, APPLICATION_DATA, b"{\"hello\":1}");
        for at in 0..record.len() {
            if (1..5).contains(&at) {
                continue; // version and length are checked before `open` (see record_len)
            }
            let mut bad = record.clone();
            bad[at] ^= 0x01;
            let (_, mut r) = pair();
            assert!(
                r.open(&mut bad).is_err(),
                "a flipped byte {at} was accepted"
            );
        }
        // The same record again (replay) or a later one first (reordering): the sequence
        // number in the MAC no longer fits.
        let second = sealed(&mut w, APPLICATION_DATA, b"two");
        let (_, mut r) = pair();
        assert!(r.open(&mut second.clone()).is_err());
        let (_, mut r) = pair();
        r.open(&mut record.clone()).expect("first");
        assert!(r.open(&mut record.clone()).is_err());
    }

    #[test]
    fn bad_padding_under_a_good_mac_is_refused() {
        // A peer with the keys that pads wrongly: the MAC is right, the padding is not.
        let (mut w, mut r) = pair();
        let seq = w.next_seq().expect("seq");
        let mut record = vec![APPLICATION_DATA, 3, 3, 0, (BLOCK * 2 + MAC_LEN) as u8];
        let iv = [1u8; BLOCK];
        let mut data = [5u8; BLOCK]; // last byte 5: five padding bytes of 5 expected, but
        data[BLOCK - 3] = 4; // one of them is 4
        let cipher = Aes256Enc::new(&Array(w.key));
        let (blocks, _) = Array::slice_as_chunks_mut(&mut data[..]);
        cbc::Encryptor::inner_iv_init(cipher, &Array(iv)).encrypt_blocks(blocks);
        record.extend_from_slice(&iv);
        record.extend_from_slice(&data);
        let tag = w
            .mac(seq, APPLICATION_DATA, &record[HEADER..])
            .finalize()
            .into_bytes();
        record.extend_from_slice(&tag);
        let err = r.open(&mut record).expect_err("bad padding");
        assert!(err.to_string().contains("padding"), "{err}");
    }

    /// A server on port 0 that accepts one connection with `accept` and echoes what it reads
    /// until the end of the stream; answers whether the record layer here served it.
    async fn echo_server(offload: bool) -> (std::net::SocketAddr, tokio::task::JoinHandle<bool>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
        crate::server::tls::ensure_certificate(&cert, &key).expect("certificate");
        let acceptor = UplinkAcceptor {
            ssl: crate::server::tls::uplink_acceptor(&cert, &key, UplinkTlsMode::Compatible)
                .expect("acceptor"),
            offload,
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.expect("accept");
            let mut tls = accept(&acceptor, tcp).await.expect("handshake");
            let offloaded = tls.is_offloaded();
            let mut buf = vec![0u8; 7000];
            loop {
                let n = tls.read(&mut buf).await.expect("read");
                if n == 0 {
                    break;
                }
                tls.write_all(&buf[..n]).await.expect("write");
                tls.flush().await.expect("flush");
            }
            tls.shutdown().await.expect("shutdown");
            drop(dir);
            offloaded
        });
        (addr, task)
    }

    /// A client like an IncludeOS instance (TLS 1.2, `AES256-SHA`, no SNI), with `options`.
    async fn client(
        addr: std::net::SocketAddr,
        legacy: bool,
        options: SslOptions,
    ) -> SslStream<TcpStream> {
        let mut builder = SslConnector::builder(SslMethod::tls_client()).expect("connector");
        builder.set_verify(SslVerifyMode::NONE);
        if legacy {
            builder
                .set_max_proto_version(Some(SslVersion::TLS1_2))
                .expect("max version");
            builder
                .set_cipher_list("AES256-SHA:@SECLEVEL=0")
                .expect("cipher");
        }
        builder.set_options(options);
        let ssl = builder
            .build()
            .configure()
            .expect("configure")
            .use_server_name_indication(false)
            .verify_hostname(false)
            .into_ssl("localhost")
            .expect("ssl");
        let tcp = TcpStream::connect(addr).await.expect("connect");
        let mut tls = SslStream::new(ssl, tcp).expect("stream");
        Pin::new(&mut tls)
            .connect()
            .await
            .expect("client handshake");
        tls
    }

    /// Sends small and large messages and reads each back whole.
    async fn echo_round_trips(tls: &mut SslStream<TcpStream>) {
        for len in [1usize, 5, 16, 300, 16 * 1024, 100_000] {
            let sent: Vec<u8> = (0..len).map(|i| (i * 7) as u8).collect();
            let (mut rd, mut wr) = tokio::io::split(&mut *tls);
            let writer = async {
                wr.write_all(&sent).await.expect("client write");
                wr.flush().await.expect("client flush");
            };
            let mut got = vec![0u8; len];
            let reader = rd.read_exact(&mut got);
            let (_, read) = tokio::join!(writer, reader);
            read.expect("client read");
            assert_eq!(got, sent, "echo of {len} bytes");
        }
    }

    async fn session(legacy: bool, options: SslOptions, offload: bool) -> bool {
        let (addr, server) = echo_server(offload).await;
        let mut tls = client(addr, legacy, options).await;
        echo_round_trips(&mut tls).await;
        // close_notify from the client ends the server's reading; the server's own
        // close_notify ends the client's.
        tls.shutdown().await.expect("client shutdown");
        let mut rest = Vec::new();
        tls.read_to_end(&mut rest)
            .await
            .expect("server's close_notify");
        assert!(rest.is_empty());
        server.await.expect("server task")
    }

    #[tokio::test]
    async fn an_instance_like_client_is_served_by_the_record_layer_here() {
        assert!(session(true, SslOptions::empty(), true).await);
    }

    #[tokio::test]
    async fn clients_without_encrypt_then_mac_or_on_modern_tls_stay_with_openssl() {
        // SSL_OP_NO_ENCRYPT_THEN_MAC (OpenSSL 1.1.1 and 3), not named by the crate.
        let no_etm = SslOptions::from_bits_retain(1 << 19);
        assert!(!session(true, no_etm, true).await);
        assert!(!session(false, SslOptions::empty(), true).await);
        assert!(!session(true, SslOptions::empty(), false).await);
    }
}
