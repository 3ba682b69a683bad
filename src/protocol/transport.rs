//! Uplink transports, the unit IncludeOS instances and the hangar exchange inside websocket
//! messages: a 5-byte header (1 byte code, u32 little-endian length) and the payload. Transports
//! may be split over several messages or coalesced in one, so the receiving side runs a
//! [`Reassembler`] over the byte stream of all data frames, with a size bound per code. The one
//! exception is the log an instance buffered while offline: it comes first, can be far larger,
//! and is handed up in pieces instead of being buffered ([`Piece::Chunk`]).
//! Also the JSON bodies of IDENT, UPLINK and STATS.

use bytes::{Buf, Bytes, BytesMut};
use serde::{Deserialize, Serialize};

/// Length of the packed transport header.
pub const HEADER_LEN: usize = 5;

/// Transport codes (docs/UPLINK.md).
pub mod code {
    pub const IDENT: u8 = 1;
    pub const LOG: u8 = 2;
    pub const UPDATE: u8 = 5;
    pub const APPDATA: u8 = 6;
    pub const PANIC: u8 = 7;
    pub const STATS: u8 = 8;
    pub const UPLINK: u8 = 9;
    pub const ERROR: u8 = 255;
}

/// A readable name for a code, for logs and errors.
pub fn code_name(code: u8) -> &'static str {
    match code {
        code::IDENT => "IDENT",
        code::LOG => "LOG",
        code::UPDATE => "UPDATE",
        code::APPDATA => "APPDATA",
        code::PANIC => "PANIC",
        code::STATS => "STATS",
        code::UPLINK => "UPLINK",
        code::ERROR => "ERROR",
        _ => "unknown",
    }
}

/// One complete transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transport {
    pub code: u8,
    pub payload: Bytes,
}

impl Transport {
    pub fn new(code: u8, payload: impl Into<Bytes>) -> Self {
        Transport {
            code,
            payload: payload.into(),
        }
    }

    /// The header for this transport.
    ///
    /// # Panics
    /// Never for payloads the hangar builds; a payload over 4 GiB cannot be framed and is cut to
    /// the largest length the header can say (callers bound payloads far below that).
    pub fn header(&self) -> [u8; HEADER_LEN] {
        encode_header(
            self.code,
            u32::try_from(self.payload.len()).unwrap_or(u32::MAX),
        )
    }

    /// Header and payload in one buffer (copies the payload; fine for small transports).
    pub fn to_bytes(&self) -> Bytes {
        let mut out = BytesMut::with_capacity(HEADER_LEN + self.payload.len());
        out.extend_from_slice(&self.header());
        out.extend_from_slice(&self.payload);
        out.freeze()
    }
}

/// Packs a header.
pub fn encode_header(code: u8, len: u32) -> [u8; HEADER_LEN] {
    let l = len.to_le_bytes();
    [code, l[0], l[1], l[2], l[3]]
}

/// Unpacks a header: `(code, length)`.
pub fn decode_header(bytes: &[u8; HEADER_LEN]) -> (u8, u32) {
    (
        bytes[0],
        u32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]),
    )
}

/// The largest payload accepted per code. Everything an instance sends is bounded here before a
/// byte of it is buffered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TransportLimits {
    pub ident: u32,
    pub log: u32,
    pub panic: u32,
    pub stats: u32,
    pub uplink: u32,
    /// UPDATE: from an instance this is the 40-character ack; the test instance raises it to
    /// receive whole images.
    pub update: u32,
    /// APPDATA, ERROR and unknown codes.
    pub other: u32,
    /// The first transport of a connection may be a LOG up to this long, over `log`: the log an
    /// instance buffered while offline (the client does not cap it). It is streamed, never
    /// held whole; see [`Reassembler::next_piece`].
    pub offline_log: u32,
    /// Transports a connection may send before IDENT, at most (a real instance sends one: the
    /// log it buffered while offline). Over it the connection is closed.
    pub before_ident: u32,
    /// Bytes, headers included, of the transports before IDENT that are held until IDENT
    /// (everything but a streamed offline log), at most. Over it the connection is closed.
    pub before_ident_bytes: u32,
}

impl Default for TransportLimits {
    fn default() -> Self {
        TransportLimits {
            ident: 64 * 1024,
            log: 1024 * 1024,
            panic: 1024 * 1024,
            stats: 1024 * 1024,
            uplink: 64 * 1024,
            update: 1024,
            other: 64 * 1024,
            offline_log: 256 * 1024 * 1024,
            before_ident: 64,
            before_ident_bytes: 4 * 1024 * 1024,
        }
    }
}

impl TransportLimits {
    /// The bound for one code.
    pub fn for_code(&self, c: u8) -> u32 {
        match c {
            code::IDENT => self.ident,
            code::LOG => self.log,
            code::PANIC => self.panic,
            code::STATS => self.stats,
            code::UPLINK => self.uplink,
            code::UPDATE => self.update,
            _ => self.other,
        }
    }
}

/// Why a byte stream is not a valid sequence of transports.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("{name} transport (code {code}) of {len} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        code: u8,
        name: &'static str,
        len: u32,
        limit: u32,
    },
}

/// Where a partly received transport stands, for the reason logged when a connection ends
/// in the middle of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partial {
    /// `None` while the header itself is incomplete.
    pub code: Option<u8>,
    pub expected: Option<u32>,
    pub received: usize,
}

impl std::fmt::Display for Partial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.code, self.expected) {
            (Some(c), Some(len)) => write!(
                f,
                "truncated {} transport: {} of {len} payload bytes",
                code_name(c),
                self.received
            ),
            _ => write!(
                f,
                "truncated transport header: {} of {HEADER_LEN} bytes",
                self.received
            ),
        }
    }
}

/// What [`Reassembler::next_piece`] hands up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A complete transport.
    Whole(Transport),
    /// The next bytes of the connection's first LOG, which is over the LOG bound (but within
    /// `offline_log`) and so is streamed: `total` is its whole length, `last` marks its end.
    Chunk { data: Bytes, total: u32, last: bool },
}

/// The streamed first LOG: its length and the bytes still to come.
#[derive(Debug, Clone, Copy)]
struct Streamed {
    total: u32,
    remaining: u32,
}

/// Turns the concatenated payloads of websocket data frames back into transports, however the
/// sender split or coalesced them.
#[derive(Debug)]
pub struct Reassembler {
    limits: TransportLimits,
    buf: BytesMut,
    /// Header of the transport being collected, once its 5 bytes arrived and passed the bound.
    current: Option<(u8, u32)>,
    /// No header has been read yet.
    first: bool,
    streamed: Option<Streamed>,
}

impl Reassembler {
    pub fn new(limits: TransportLimits) -> Self {
        Reassembler {
            limits,
            buf: BytesMut::new(),
            current: None,
            first: true,
            streamed: None,
        }
    }

    /// Appends received bytes.
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// The next complete transport, `Ok(None)` when more bytes are needed. A header over its
    /// code's bound is an error as soon as it is seen, before its payload is buffered. Never
    /// streams: a first LOG over the LOG bound is an error here too.
    pub fn next_transport(&mut self) -> Result<Option<Transport>, TransportError> {
        match self.next(false)? {
            Some(Piece::Whole(t)) => Ok(Some(t)),
            // Not produced without streaming; nothing to hand up either way.
            Some(Piece::Chunk { .. }) | None => Ok(None),
        }
    }

    /// Like [`Reassembler::next_transport`], except that a first transport that is a LOG over
    /// the LOG bound but within `offline_log` is handed up in [`Piece::Chunk`]s as its bytes
    /// arrive, so it never sits in memory whole.
    pub fn next_piece(&mut self) -> Result<Option<Piece>, TransportError> {
        self.next(true)
    }

    fn next(&mut self, stream: bool) -> Result<Option<Piece>, TransportError> {
        if let Some(s) = &mut self.streamed {
            if self.buf.is_empty() {
                return Ok(None);
            }
            let n = self.buf.len().min(s.remaining as usize);
            let data = self.buf.split_to(n).freeze();
            s.remaining -= n as u32;
            let (total, last) = (s.total, s.remaining == 0);
            if last {
                self.streamed = None;
            }
            if self.buf.is_empty() {
                self.buf = BytesMut::new();
            }
            return Ok(Some(Piece::Chunk { data, total, last }));
        }
        let (code, len) = match self.current {
            Some(h) => h,
            None => {
                if self.buf.len() < HEADER_LEN {
                    return Ok(None);
                }
                let mut header = [0u8; HEADER_LEN];
                header.copy_from_slice(&self.buf[..HEADER_LEN]);
                let (code, len) = decode_header(&header);
                let offline = stream && std::mem::take(&mut self.first) && code == code::LOG;
                let limit = self.limits.for_code(code);
                if len > limit {
                    let limit = if offline {
                        limit.max(self.limits.offline_log)
                    } else {
                        limit
                    };
                    if len > limit {
                        return Err(TransportError::TooLarge {
                            code,
                            name: code_name(code),
                            len,
                            limit,
                        });
                    }
                    self.buf.advance(HEADER_LEN);
                    self.streamed = Some(Streamed {
                        total: len,
                        remaining: len,
                    });
                    return self.next(stream);
                }
                self.first = false;
                self.buf.advance(HEADER_LEN);
                // No reservation up front: a header only claims a length, and thousands of
                // connections each claiming the bound must not allocate it.
                self.current = Some((code, len));
                (code, len)
            }
        };
        if self.buf.len() < len as usize {
            return Ok(None);
        }
        self.current = None;
        let payload = self.buf.split_to(len as usize).freeze();
        if self.buf.is_empty() {
            // Drop a large buffer once it is drained so idle connections stay small.
            self.buf = BytesMut::new();
        }
        Ok(Some(Piece::Whole(Transport { code, payload })))
    }

    /// What is left over mid-transport, if anything (for a truncation report).
    pub fn partial(&self) -> Option<Partial> {
        if let Some(s) = self.streamed {
            return Some(Partial {
                code: Some(code::LOG),
                expected: Some(s.total),
                received: (s.total - s.remaining) as usize,
            });
        }
        match self.current {
            Some((code, len)) => Some(Partial {
                code: Some(code),
                expected: Some(len),
                received: self.buf.len(),
            }),
            None if !self.buf.is_empty() => Some(Partial {
                code: None,
                expected: None,
                received: self.buf.len(),
            }),
            None => None,
        }
    }
}

/// IDENT: who an instance is, sent on every dock.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ident {
    pub uuid: String,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub service: Option<String>,
    /// SHA-1 of the running binary; only present after a live update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Nanoseconds the last live update took.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time_taken: Option<u64>,
    #[serde(default)]
    pub arch: Option<String>,
    #[serde(default)]
    pub physical_ram: Option<u64>,
    #[serde(default)]
    pub cpu_features: Vec<String>,
    #[serde(default)]
    pub devices: Vec<String>,
    #[serde(default)]
    pub net: Vec<NetInterface>,
}

/// One network interface of an instance, as IDENT reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NetInterface {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub addr: String,
    #[serde(default)]
    pub netmask: String,
    #[serde(default)]
    pub gateway: String,
    #[serde(default)]
    pub dns: String,
    #[serde(default)]
    pub mac: String,
    #[serde(default)]
    pub driver: String,
}

/// UPLINK: the uplink configuration the instance was built with. Instances send their token
/// too; it is parsed so it can be dropped, and never stored or shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct UplinkConfig {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default, skip_serializing)]
    pub token: Option<String>,
    /// Interface number or name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certs: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reboot: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ws_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serialize_ct: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_stats: Option<u64>,
}

/// One entry of a STATS answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Stat {
    pub name: String,
    /// Statman counters are u32, u64 or float.
    #[schema(value_type = f64)]
    pub value: serde_json::Number,
}

/// Parses a STATS payload.
pub fn parse_stats(payload: &[u8]) -> Result<Vec<Stat>, serde_json::Error> {
    serde_json::from_slice(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> TransportLimits {
        TransportLimits::default()
    }

    #[test]
    fn header_round_trips_little_endian() {
        let h = encode_header(code::LOG, 0x0102_0304);
        assert_eq!(h, [2, 4, 3, 2, 1]);
        assert_eq!(decode_header(&h), (2, 0x0102_0304));
    }

    #[test]
    fn split_transport_is_reassembled_byte_by_byte() {
        let t = Transport::new(code::LOG, &b"hello world\n"[..]).to_bytes();
        let mut r = Reassembler::new(limits());
        for (i, b) in t.iter().enumerate() {
            r.push(&[*b]);
            let got = r.next_transport().expect("valid");
            if i + 1 < t.len() {
                assert_eq!(got, None, "complete too early at byte {i}");
                assert!(r.partial().is_some());
            } else {
                assert_eq!(got, Some(Transport::new(code::LOG, &b"hello world\n"[..])));
            }
        }
        assert_eq!(r.partial(), None);
    }

    #[test]
    fn coalesced_transports_come_out_in_order() {
        let mut all = Vec::new();
        all.extend_from_slice(&Transport::new(code::IDENT, &b"{}"[..]).to_bytes());
        all.extend_from_slice(&Transport::new(code::LOG, &b""[..]).to_bytes());
        all.extend_from_slice(&Transport::new(code::STATS, &b"[]"[..]).to_bytes());
        all.extend_from_slice(&Transport::new(code::LOG, &b"tail"[..]).to_bytes()[..7]);
        let mut r = Reassembler::new(limits());
        r.push(&all);
        let mut codes = Vec::new();
        while let Some(t) = r.next_transport().expect("valid") {
            codes.push((t.code, t.payload.len()));
        }
        assert_eq!(codes, vec![(1, 2), (2, 0), (8, 2)]);
        let partial = r.partial().expect("partial LOG");
        assert_eq!(partial.code, Some(code::LOG));
        assert_eq!(partial.received, 2);
        assert!(partial.to_string().contains("2 of 4"), "{partial}");
    }

    #[test]
    fn oversized_header_is_refused_before_payload_arrives() {
        let mut r = Reassembler::new(TransportLimits {
            ident: 10,
            ..limits()
        });
        r.push(&encode_header(code::IDENT, 11));
        let err = r.next_transport().expect_err("too large");
        assert!(err.to_string().contains("IDENT"), "{err}");
        let mut r = Reassembler::new(TransportLimits {
            ident: 10,
            ..limits()
        });
        r.push(&encode_header(code::IDENT, 10));
        r.push(&[b'x'; 10]);
        assert!(r.next_transport().expect("at the bound").is_some());
    }

    #[test]
    fn a_first_log_over_the_bound_is_streamed_in_pieces() {
        let small = TransportLimits {
            log: 10,
            offline_log: 100,
            ..limits()
        };
        let log: Vec<u8> = (0..60u8).collect();
        let mut bytes = Transport::new(code::LOG, log.clone()).to_bytes().to_vec();
        bytes.extend_from_slice(&Transport::new(code::IDENT, &b"{}"[..]).to_bytes());
        let mut r = Reassembler::new(small);
        let mut got = Vec::new();
        let mut ended = false;
        for piece in bytes.chunks(7) {
            r.push(piece);
            while let Some(p) = r.next_piece().expect("valid") {
                match p {
                    Piece::Chunk { data, total, last } => {
                        assert!(!ended && data.len() <= 7);
                        assert_eq!(total, 60);
                        got.extend_from_slice(&data);
                        ended = last;
                    }
                    Piece::Whole(t) => {
                        assert!(ended, "IDENT before the LOG ended");
                        assert_eq!(t.code, code::IDENT);
                    }
                }
            }
        }
        assert_eq!(got, log);
        assert_eq!(r.partial(), None);
        // A second big LOG, or a first one over `offline_log`, is refused.
        r.push(&encode_header(code::LOG, 11));
        assert!(r.next_piece().is_err());
        let mut r = Reassembler::new(small);
        r.push(&encode_header(code::LOG, 101));
        let err = r.next_piece().expect_err("over offline_log");
        assert!(err.to_string().contains("limit of 100"), "{err}");
        // Only LOG, and only through next_piece.
        let mut r = Reassembler::new(small);
        r.push(&encode_header(code::PANIC, small.panic + 1));
        assert!(r.next_piece().is_err());
        let mut r = Reassembler::new(small);
        r.push(&encode_header(code::LOG, 11));
        assert!(r.next_transport().is_err());
        // Cut off mid-way, the report says how far it got.
        let mut r = Reassembler::new(small);
        r.push(&encode_header(code::LOG, 50));
        r.push(&[b'x'; 20]);
        assert!(matches!(r.next_piece(), Ok(Some(Piece::Chunk { .. }))));
        assert!(
            r.partial()
                .expect("partial")
                .to_string()
                .contains("20 of 50")
        );
    }

    #[test]
    fn unknown_codes_use_the_other_bound() {
        let mut r = Reassembler::new(limits());
        r.push(&encode_header(42, limits().other + 1));
        assert!(r.next_transport().is_err());
        let mut r = Reassembler::new(limits());
        r.push(&Transport::new(42, &b"x"[..]).to_bytes());
        assert_eq!(r.next_transport().expect("ok").map(|t| t.code), Some(42));
    }

    #[test]
    fn ident_parses_what_includeos_writes() {
        let json = br#"{"uuid":"4c4c4544-0031-5410-8057-b4c04f4e3532","version":"v0.12.0","service":"Starbase","binary":"da39a3ee5e6b4b0d3255bfef95601890afd80709","update_time_taken":123,"arch":"x86_64","physical_ram":134217728,"cpu_features":["SSE","SSE2"],"devices":["Virtio net"],"net":[{"name":"eth0","addr":"10.0.0.42","netmask":"255.255.255.0","gateway":"10.0.0.1","dns":"8.8.8.8","mac":"c0:01:0a:00:00:2a","driver":"VirtioNet"}]}"#;
        let ident: Ident = serde_json::from_slice(json).expect("parses");
        assert_eq!(ident.physical_ram, Some(134_217_728));
        assert_eq!(ident.net[0].addr, "10.0.0.42");
        assert_eq!(ident.binary.as_deref().map(str::len), Some(40));
        // A wrong type is an error, not a silent default.
        assert!(serde_json::from_slice::<Ident>(br#"{"uuid": 5}"#).is_err());
    }

    #[test]
    fn uplink_token_is_never_serialized() {
        let u: UplinkConfig = serde_json::from_slice(
            br#"{"url":"https://m:9090","token":"secret","reboot":true,"index":"eth0"}"#,
        )
        .expect("parses");
        assert_eq!(u.token.as_deref(), Some("secret"));
        let out = serde_json::to_string(&u).expect("serializes");
        assert!(!out.contains("secret"), "{out}");
        assert!(out.contains("eth0"), "{out}");
    }

    #[test]
    fn stats_keep_integer_and_float_values() {
        let stats = parse_stats(br#"[{"name":"eth0.packets_rx","value":18446744073709551615},{"name":"cpu0.load","value":0.25}]"#)
            .expect("parses");
        assert_eq!(stats[0].value.as_u64(), Some(u64::MAX));
        assert_eq!(stats[1].value.as_f64(), Some(0.25));
    }
}
