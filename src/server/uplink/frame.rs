//! A small RFC 6455 frame layer shaped for IncludeOS instances rather than for the RFC: TEXT,
//! BINARY and continuation frames are all plain bytes (instances put binary transports in TEXT
//! frames), data frames are streamed out in chunks as they arrive (transports are reassembled
//! above, so message boundaries do not matter and a big frame is never buffered whole), control
//! payloads are not interpreted (instances set the mask bit on close and pong frames without
//! masking them), and server frames go out unmasked and unfragmented.

use bytes::{Buf, Bytes, BytesMut};
use tokio_util::codec::Decoder;

/// Frame opcodes.
pub mod opcode {
    pub const CONTINUATION: u8 = 0x0;
    pub const TEXT: u8 = 0x1;
    pub const BINARY: u8 = 0x2;
    pub const CLOSE: u8 = 0x8;
    pub const PING: u8 = 0x9;
    pub const PONG: u8 = 0xA;
}

/// The RFC's bound on control frame payloads.
const MAX_CONTROL_PAYLOAD: u64 = 125;

/// What the decoder hands up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WsEvent {
    /// A piece of a data frame's payload, unmasked.
    Data(Bytes),
    /// A ping with its raw payload.
    Ping(Bytes),
    /// A pong (payload ignored: instances scramble it).
    Pong,
    /// A close frame (code ignored, for the same reason).
    Close,
}

/// A frame the peer should not have sent.
#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("connection error: {0}")]
    Io(#[from] std::io::Error),
    #[error("websocket frame with reserved opcode {0:#x}")]
    ReservedOpcode(u8),
    #[error("websocket control frame (opcode {opcode:#x}) with a {len}-byte payload (at most 125)")]
    ControlTooLong { opcode: u8, len: u64 },
    #[error("websocket frame length {0} does not fit in 63 bits")]
    LengthOverflow(u64),
}

#[derive(Debug, Clone, Copy)]
enum State {
    Header,
    Data {
        remaining: u64,
        mask: Option<[u8; 4]>,
        /// Position in the mask cycle of the next payload byte.
        offset: usize,
    },
}

/// Decodes the frames a client sends.
#[derive(Debug)]
pub struct FrameDecoder {
    state: State,
}

impl Default for FrameDecoder {
    fn default() -> Self {
        FrameDecoder {
            state: State::Header,
        }
    }
}

/// XORs `data` with `mask`, starting at position `offset` of the mask.
pub fn apply_mask(data: &mut [u8], mask: [u8; 4], offset: usize) {
    for (i, b) in data.iter_mut().enumerate() {
        *b ^= mask[(i + offset) & 3];
    }
}

struct Header {
    opcode: u8,
    mask: Option<[u8; 4]>,
    len: u64,
    header_len: usize,
}

/// Parses a frame header at the start of `src`, `Ok(None)` when incomplete.
fn parse_header(src: &[u8]) -> Result<Option<Header>, FrameError> {
    if src.len() < 2 {
        return Ok(None);
    }
    let opcode = src[0] & 0x0F;
    let masked = src[1] & 0x80 != 0;
    let len7 = src[1] & 0x7F;
    let ext = match len7 {
        126 => 2,
        127 => 8,
        _ => 0,
    };
    let header_len = 2 + ext + if masked { 4 } else { 0 };
    if src.len() < header_len {
        return Ok(None);
    }
    let len = match len7 {
        126 => u64::from(u16::from_be_bytes([src[2], src[3]])),
        127 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&src[2..10]);
            let len = u64::from_be_bytes(b);
            if len >> 63 != 0 {
                return Err(FrameError::LengthOverflow(len));
            }
            len
        }
        n => u64::from(n),
    };
    let mask = masked.then(|| {
        let at = 2 + ext;
        [src[at], src[at + 1], src[at + 2], src[at + 3]]
    });
    match opcode {
        opcode::CONTINUATION | opcode::TEXT | opcode::BINARY => {}
        opcode::CLOSE | opcode::PING | opcode::PONG => {
            if len > MAX_CONTROL_PAYLOAD {
                return Err(FrameError::ControlTooLong { opcode, len });
            }
        }
        other => return Err(FrameError::ReservedOpcode(other)),
    }
    Ok(Some(Header {
        opcode,
        mask,
        len,
        header_len,
    }))
}

impl Decoder for FrameDecoder {
    type Item = WsEvent;
    type Error = FrameError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<WsEvent>, FrameError> {
        loop {
            match self.state {
                State::Data {
                    remaining,
                    mask,
                    offset,
                } => {
                    if remaining == 0 {
                        self.state = State::Header;
                        continue;
                    }
                    if src.is_empty() {
                        return Ok(None);
                    }
                    let n = usize::try_from(remaining).map_or(src.len(), |r| r.min(src.len()));
                    let mut chunk = src.split_to(n);
                    if let Some(mask) = mask {
                        apply_mask(&mut chunk, mask, offset);
                    }
                    self.state = State::Data {
                        remaining: remaining - n as u64,
                        mask,
                        offset: (offset + n) & 3,
                    };
                    return Ok(Some(WsEvent::Data(chunk.freeze())));
                }
                State::Header => {
                    let Some(h) = parse_header(src)? else {
                        return Ok(None);
                    };
                    if matches!(h.opcode, opcode::CLOSE | opcode::PING | opcode::PONG) {
                        let total = h.header_len + h.len as usize;
                        if src.len() < total {
                            src.reserve(total - src.len());
                            return Ok(None);
                        }
                        src.advance(h.header_len);
                        let payload = src.split_to(h.len as usize).freeze();
                        return Ok(Some(match h.opcode {
                            opcode::PING => WsEvent::Ping(payload),
                            opcode::PONG => WsEvent::Pong,
                            _ => WsEvent::Close,
                        }));
                    }
                    src.advance(h.header_len);
                    self.state = State::Data {
                        remaining: h.len,
                        mask: h.mask,
                        offset: 0,
                    };
                }
            }
        }
    }
}

/// The header of an unmasked, final server frame; returns the buffer and its used length.
pub fn server_header(opcode: u8, len: usize) -> ([u8; 10], usize) {
    let mut h = [0u8; 10];
    h[0] = 0x80 | (opcode & 0x0F);
    if len < 126 {
        h[1] = len as u8;
        (h, 2)
    } else if let Ok(short) = u16::try_from(len) {
        h[1] = 126;
        h[2..4].copy_from_slice(&short.to_be_bytes());
        (h, 4)
    } else {
        h[1] = 127;
        h[2..10].copy_from_slice(&(len as u64).to_be_bytes());
        (h, 10)
    }
}

/// A whole server frame in one buffer (copies the payload; for small frames).
pub fn server_frame(opcode: u8, payload: &[u8]) -> Bytes {
    let (h, n) = server_header(opcode, payload.len());
    let mut out = BytesMut::with_capacity(n + payload.len());
    out.extend_from_slice(&h[..n]);
    out.extend_from_slice(payload);
    out.freeze()
}

/// The length of the whole pong frame at the start of `data` (masked or not; like
/// [`FrameDecoder`], the FIN and reserved bits are not looked at), or `None` when `data` starts
/// with anything else or only part of one. The idle loop acts on pongs alone; everything else
/// goes to the connection's task and its [`FrameDecoder`].
pub fn leading_pong(data: &[u8]) -> Option<usize> {
    let (&b0, &b1) = (data.first()?, data.get(1)?);
    if b0 & 0x0f != opcode::PONG {
        return None;
    }
    let len = usize::from(b1 & 0x7f);
    if len > MAX_CONTROL_PAYLOAD as usize {
        return None;
    }
    let total = 2 + if b1 & 0x80 != 0 { 4 } else { 0 } + len;
    (data.len() >= total).then_some(total)
}

impl FrameDecoder {
    /// Between frames (nothing of a frame decoded and not handed up).
    pub fn is_between_frames(&self) -> bool {
        matches!(self.state, State::Header)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_pong_takes_whole_pongs_only() {
        let masked = client_frame(opcode::PONG, b"", [1, 2, 3, 4]);
        assert_eq!(leading_pong(&masked), Some(6));
        let unmasked = server_frame(opcode::PONG, b"ab");
        assert_eq!(leading_pong(&unmasked), Some(4));
        assert_eq!(leading_pong(&unmasked[..3]), None);
        assert_eq!(leading_pong(&client_frame(opcode::PING, b"", [0; 4])), None);
        assert_eq!(
            leading_pong(&client_frame(opcode::TEXT, b"x", [0; 4])),
            None
        );
        // Without FIN, as the decoder takes it too.
        assert_eq!(leading_pong(&[opcode::PONG, 0]), Some(2));
        // A pong longer than a control frame may be is the decoder's to refuse.
        assert_eq!(leading_pong(&[0x8A, 126, 0, 200]), None);
        let mut two = masked.clone();
        two.extend_from_slice(&masked);
        assert_eq!(leading_pong(&two), Some(6));
    }

    /// A client frame as an IncludeOS instance writes a data frame: masked.
    fn client_frame(opcode: u8, payload: &[u8], mask: [u8; 4]) -> Vec<u8> {
        let (h, n) = server_header(opcode, payload.len());
        let mut out = h[..n].to_vec();
        out[1] |= 0x80;
        out.extend_from_slice(&mask);
        let mut p = payload.to_vec();
        apply_mask(&mut p, mask, 0);
        out.extend_from_slice(&p);
        out
    }

    fn decode_all(bytes: &[u8]) -> Vec<WsEvent> {
        let mut d = FrameDecoder::default();
        let mut buf = BytesMut::from(bytes);
        let mut out = Vec::new();
        while let Some(ev) = d.decode(&mut buf).expect("valid") {
            out.push(ev);
        }
        out
    }

    fn data(events: &[WsEvent]) -> Vec<u8> {
        events
            .iter()
            .filter_map(|e| match e {
                WsEvent::Data(b) => Some(b.to_vec()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn text_frame_with_binary_payload_is_plain_bytes() {
        let payload = [0x02, 0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28];
        let frame = client_frame(opcode::TEXT, &payload, [1, 2, 3, 4]);
        assert_eq!(data(&decode_all(&frame)), payload);
    }

    #[test]
    fn frames_fed_byte_by_byte_keep_the_mask_phase() {
        let payload: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
        let frame = client_frame(opcode::BINARY, &payload, [9, 8, 7, 6]);
        let mut d = FrameDecoder::default();
        let mut buf = BytesMut::new();
        let mut got = Vec::new();
        for chunk in frame.chunks(333) {
            buf.extend_from_slice(chunk);
            while let Some(ev) = d.decode(&mut buf).expect("valid") {
                got.push(ev);
            }
        }
        assert_eq!(data(&got), payload);
    }

    #[test]
    fn quirky_control_frames_are_accepted_without_looking_inside() {
        // Pong and close as IncludeOS writes them: mask bit and key set, payload not masked.
        let mut bytes = vec![0x8A, 0x80, 0xDE, 0xAD, 0xBE, 0xEF];
        bytes.extend_from_slice(&[0x88, 0x82, 0xDE, 0xAD, 0xBE, 0xEF, 0x03, 0xE8]);
        bytes.extend_from_slice(&[0x89, 0x00]);
        let events = decode_all(&bytes);
        assert_eq!(
            events,
            vec![WsEvent::Pong, WsEvent::Close, WsEvent::Ping(Bytes::new())]
        );
    }

    #[test]
    fn several_frames_in_one_read_and_continuations() {
        let mut bytes = client_frame(opcode::TEXT, b"ab", [1, 1, 1, 1]);
        bytes[0] &= 0x7F; // not final
        bytes.extend(client_frame(opcode::CONTINUATION, b"cd", [2, 2, 2, 2]));
        bytes.extend(client_frame(opcode::BINARY, b"", [3, 3, 3, 3]));
        bytes.extend(client_frame(opcode::BINARY, b"ef", [4, 4, 4, 4]));
        assert_eq!(data(&decode_all(&bytes)), b"abcdef");
    }

    #[test]
    fn reserved_opcode_and_long_control_frame_are_errors() {
        let mut d = FrameDecoder::default();
        let mut buf = BytesMut::from(&[0x83u8, 0x00][..]);
        assert!(matches!(
            d.decode(&mut buf),
            Err(FrameError::ReservedOpcode(3))
        ));
        let mut d = FrameDecoder::default();
        let mut buf = BytesMut::from(&[0x89u8, 126, 0, 200][..]);
        assert!(matches!(
            d.decode(&mut buf),
            Err(FrameError::ControlTooLong { .. })
        ));
    }

    #[test]
    fn server_headers_use_the_shortest_length_form() {
        assert_eq!(&server_header(opcode::BINARY, 125).0[..2], &[0x82, 125]);
        assert_eq!(server_header(opcode::BINARY, 126).1, 4);
        assert_eq!(server_header(opcode::BINARY, 65_535).1, 4);
        let (h, n) = server_header(opcode::BINARY, 4 << 20);
        assert_eq!(n, 10);
        assert_eq!(h[1], 127);
        assert_eq!(u64::from_be_bytes(h[2..10].try_into().expect("8")), 4 << 20);
        assert_eq!(&server_frame(opcode::PING, b"")[..], &[0x89, 0x00]);
    }
}
