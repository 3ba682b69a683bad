//! NaCl to C++, as IncludeOS's transpiler (`NaCl.py`) writes it: the same statements in the
//! same order with the same layout, so that IncludeOS builds the same image from Mothership's
//! output as from its own.
//!
//! The transpiler runs on a program the checks accept; what the checks cannot see (a value
//! that only fails once it is resolved) is reported as one `transpile` error, at the place
//! NaCl.py reports it.
//!
//! Order matters: NaCl.py walks its elements (and a Gateway its routes, a Conntrack its
//! timeouts) in the order of Python 2 dictionaries, processes an Iface early when a Gateway
//! needs it, and writes a Filter only once something pushes it. [`pydict`] models those
//! dictionaries; the rest follows NaCl.py's steps.

mod cpp_text;
mod pydict;
mod values;

use std::collections::HashMap;

use super::Limits;
use super::ast::{Function, Item, Span, Stmt, Value, ValueKind};
use super::diag::Diagnostic;
use pydict::{PyKey, iteration_order};
pub(crate) use values::Pv;

/// The code of a problem only the transpiler finds.
pub const TRANSPILE: &str = "transpile";

/// Transpiles `src` (checked first with the default [`Limits`]). On an invalid NaCl, returns
/// the diagnostics (as [`super::check`] gives them, or the one the transpiler stopped at).
pub fn transpile(src: &str) -> Result<String, Vec<Diagnostic>> {
    transpile_with(src, &Limits::default())
}

/// [`transpile`] with the given limits.
pub fn transpile_with(src: &str, limits: &Limits) -> Result<String, Vec<Diagnostic>> {
    let diags = super::check_with(src, limits);
    if super::has_errors(&diags) {
        return Err(diags);
    }
    let (program, _) = super::parse(src, limits);
    let mut t = Transpiler::new(src, &program.items);
    t.run().map_err(|e| vec![e.into_diag()])?;
    Ok(t.render())
}

/// Why transpiling stopped: a message at a place.
#[derive(Debug)]
pub(crate) struct Fail {
    span: Span,
    message: String,
}

impl Fail {
    fn into_diag(self) -> Diagnostic {
        Diagnostic::error(self.span, TRANSPILE, self.message)
    }
}

pub(crate) type R<T> = Result<T, Fail>;

pub(crate) fn fail<T>(span: Span, message: impl Into<String>) -> R<T> {
    Err(Fail {
        span,
        message: message.into(),
    })
}

/// How deep value references may chain (`a: b`, `b: c`, ...) before it is called a loop.
const MAX_RESOLVE_DEPTH: usize = 64;

#[derive(Clone, Copy)]
pub(crate) enum Kind<'a> {
    /// `name: value` (also `x.member: value`).
    Untyped(&'a Value),
    /// `Type name value`; the type as written.
    Typed(&'a str, &'a Value),
    Function(&'a Function),
}

pub(crate) struct Elem<'a> {
    pub name: String,
    pub kind: Kind<'a>,
    pub span: Span,
}

impl<'a> Elem<'a> {
    fn value(&self) -> Option<&'a Value> {
        match self.kind {
            Kind::Untyped(v) | Kind::Typed(_, v) => Some(v),
            Kind::Function(_) => None,
        }
    }

    fn type_lower(&self) -> Option<String> {
        match self.kind {
            Kind::Typed(t, _) => Some(t.to_ascii_lowercase()),
            Kind::Function(f) => Some(f.type_t.text.to_ascii_lowercase()),
            Kind::Untyped(_) => None,
        }
    }
}

/// A plain object's members as NaCl.py keeps them (`self.members`), in insertion order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Dict(pub Vec<(String, Mv)>);

#[derive(Debug, Clone)]
pub(crate) enum Mv {
    Val(Pv),
    Dict(Dict),
    /// A Load_balancer's pool: index, address, port per node.
    Pool(Vec<(usize, Option<Pv>, Option<Pv>)>),
    /// A Timer's data: the names, lowercased.
    Data(Vec<String>),
}

impl Dict {
    fn get(&self, key: &str) -> Option<&Mv> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    fn get_mut(&mut self, key: &str) -> Option<&mut Mv> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    fn set(&mut self, key: &str, v: Mv) {
        match self.get_mut(key) {
            Some(slot) => *slot = v,
            None => self.0.push((key.to_owned(), v)),
        }
    }
    fn val(&self, key: &str) -> Option<&Pv> {
        match self.get(key) {
            Some(Mv::Val(v)) => Some(v),
            _ => None,
        }
    }
}

struct Push {
    name: String,
    chain: String,
    functions: Vec<String>,
}

#[derive(Default)]
struct IfaceOut {
    name: String,
    index: Option<Pv>,
    vlan: Option<Pv>,
    mac_index: bool,
    config: Config,
    address: Option<Pv>,
    netmask: Option<Pv>,
    gateway: Option<Pv>,
    dns: Option<Pv>,
    send_queue_limit: Option<Pv>,
    buffer_limit: Option<Pv>,
}

#[derive(Default, Clone, Copy, PartialEq)]
enum Config {
    #[default]
    Static,
    Dhcp,
    DhcpFallback,
}

struct FunctionOut {
    name: String,
    content: String,
}

#[derive(Default)]
struct Route {
    fields: Vec<(String, Pv)>,
    span: Span,
}

impl Route {
    fn get(&self, k: &str) -> Option<&Pv> {
        self.fields.iter().find(|(f, _)| f == k).map(|(_, v)| v)
    }
}

struct GatewayOut {
    routes: Vec<(Route, bool)>,
    send_time_exceeded: String,
}

/// A Conntrack timeout kind (`established`, ...) and its TCP, UDP and ICMP values.
type TimeoutRow = (String, Option<Pv>, Option<Pv>, Option<Pv>);

struct ConntrackOut {
    stateful: bool,
    limit: Option<Pv>,
    reserve: Option<Pv>,
    timeouts: Vec<TimeoutRow>,
}

struct LbOut {
    name: String,
    layer: String,
    algorithm: String,
    wait_queue_limit: Pv,
    session_limit: Pv,
    port: Pv,
    clients_iface: String,
    servers_iface: String,
    pool: Vec<(usize, Option<Pv>, Option<Pv>)>,
}

#[derive(Default)]
struct TimerOut {
    interval: String,
    data: Vec<String>,
}

/// What NaCl.py hands its template (`pystache_data`).
#[derive(Default)]
struct Out {
    ifaces: Vec<IfaceOut>,
    auto_natting_ifaces: Vec<String>,
    pushes_iface: Vec<Push>,
    vlan_ifaces: usize,
    masquerades: Vec<String>,
    enable_ct_ifaces: Vec<String>,
    filters: Vec<FunctionOut>,
    nats: Vec<FunctionOut>,
    gateways: Vec<GatewayOut>,
    ip_forward_ifaces: Vec<String>,
    pushes_gateway: Option<Vec<Push>>,
    conntracks: Vec<ConntrackOut>,
    syslogs: Vec<(Pv, Pv)>,
    load_balancers: Vec<LbOut>,
    timers: Vec<TimerOut>,
}

/// Per processed Iface, what other Ifaces and Gateways look at.
struct IfaceState {
    index: Option<String>,
    has_vlan: bool,
}

pub(crate) struct Transpiler<'a> {
    src: &'a str,
    pub elems: Vec<Elem<'a>>,
    by_name: HashMap<String, usize>,
    /// The elements in the order of NaCl.py's `elements` dictionary.
    order: Vec<usize>,
    done: Vec<bool>,
    in_progress: Vec<bool>,
    untyped: HashMap<usize, Dict>,
    ifaces: HashMap<usize, IfaceState>,
    out: Out,
    depth: usize,
}

const IFACE_CHAINS: [&str; 4] = ["prerouting", "input", "output", "postrouting"];
const IFACE_KEYS: [&str; 14] = [
    "address",
    "netmask",
    "gateway",
    "dns",
    "index",
    "vlan",
    "masquerade",
    "config",
    "send_queue_limit",
    "buffer_limit",
    "prerouting",
    "input",
    "output",
    "postrouting",
];
const CONFIGS: [&str; 3] = ["dhcp", "dhcp-with-fallback", "static"];
const ROUTE_KEYS: [&str; 6] = ["host", "net", "netmask", "nexthop", "iface", "cost"];

impl<'a> Transpiler<'a> {
    pub(crate) fn new(src: &'a str, items: &'a [Item]) -> Self {
        let mut elems = Vec::new();
        let mut by_name = HashMap::new();
        for item in items {
            let (name, kind, span) = match item {
                Item::Typed(t) => (
                    t.name.text.clone(),
                    Kind::Typed(&t.type_t.text, &t.value),
                    t.span,
                ),
                Item::Init(i) => (i.name.text(), Kind::Untyped(&i.value), i.span),
                Item::Function(f) => match &f.name {
                    Some(n) => (n.text.clone(), Kind::Function(f), f.span),
                    None => continue,
                },
                Item::Integer(_) => continue,
            };
            if by_name.contains_key(&name) {
                continue;
            }
            by_name.insert(name.clone(), elems.len());
            elems.push(Elem { name, kind, span });
        }
        let keys: Vec<PyKey> = elems.iter().map(|e| PyKey::Str(e.name.clone())).collect();
        let order = iteration_order(&keys);
        let n = elems.len();
        Transpiler {
            src,
            elems,
            by_name,
            order,
            done: vec![false; n],
            in_progress: vec![false; n],
            untyped: HashMap::new(),
            ifaces: HashMap::new(),
            out: Out::default(),
            depth: 0,
        }
    }

    fn elem(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The text of a value as ANTLR's `getText()` gives it (the source without spaces and
    /// comments is close enough for messages).
    fn text(&self, v: &Value) -> String {
        let raw = self.src.get(v.span.start..v.span.end).unwrap_or("");
        raw.split_whitespace().collect()
    }

    pub(crate) fn run(&mut self) -> R<()> {
        let order = self.order.clone();
        let mut functions = Vec::new();
        for &i in &order {
            if matches!(self.elems[i].kind, Kind::Function(_)) {
                functions.push(i);
            } else {
                self.process(i)?;
            }
        }
        for i in functions {
            self.process(i)?;
        }
        Ok(())
    }

    fn process(&mut self, i: usize) -> R<()> {
        if self.done[i] {
            return Ok(());
        }
        if self.in_progress[i] {
            return fail(
                self.elems[i].span,
                format!("{} refers to itself", self.elems[i].name),
            );
        }
        self.in_progress[i] = true;
        let r = match self.elems[i].kind {
            Kind::Untyped(_) => self.process_untyped(i),
            Kind::Function(_) => self.process_function(i),
            Kind::Typed(t, _) => match t.to_ascii_lowercase().as_str() {
                "iface" => self.process_iface(i),
                "gateway" => self.process_gateway(i),
                "load_balancer" => self.process_members_element(i, Flavor::Lb),
                "syslog" => self.process_members_element(i, Flavor::Syslog),
                "timer" => self.process_members_element(i, Flavor::Timer),
                "conntrack" => self.process_members_element(i, Flavor::Conntrack),
                _ => fail(self.elems[i].span, format!("Undefined type {t}")),
            },
        };
        self.in_progress[i] = false;
        self.done[i] = true;
        r
    }

    /// The names of the assignments (`name.x.y: ...`) to element `name`, fewest parts first
    /// (stable, in dictionary order otherwise), as NaCl.py processes them.
    fn assignments_of(&self, name: &str) -> Vec<usize> {
        let prefix = format!("{name}.");
        let mut found: Vec<usize> = self
            .order
            .iter()
            .copied()
            .filter(|&i| self.elems[i].name.starts_with(&prefix))
            .collect();
        found.sort_by_key(|&i| self.elems[i].name.split('.').count());
        found
    }

    // ---------- plain objects and the member-tree types ----------

    fn process_untyped(&mut self, i: usize) -> R<()> {
        let name = self.elems[i].name.clone();
        let Kind::Untyped(value) = self.elems[i].kind else {
            return Ok(());
        };
        let mut dict = Dict::default();
        if let Some((first, _)) = name.split_once('.') {
            if self.elem(first).is_none() {
                return fail(
                    self.elems[i].span,
                    format!("No element with the name {first} exists"),
                );
            }
        } else if let ValueKind::Obj(pairs) = &value.kind {
            self.process_obj(Flavor::Untyped, &name, &mut dict, pairs, 1, "")?;
            self.process_assignments(Flavor::Untyped, &name, &mut dict)?;
        }
        self.untyped.insert(i, dict);
        Ok(())
    }

    fn process_members_element(&mut self, i: usize, flavor: Flavor) -> R<()> {
        let name = self.elems[i].name.clone();
        let Some(value) = self.elems[i].value() else {
            return Ok(());
        };
        let ValueKind::Obj(pairs) = &value.kind else {
            return fail(value.span, format!("{} must be an object", flavor.class()));
        };
        let mut dict = Dict::default();
        self.process_obj(flavor, &name, &mut dict, pairs, 1, "")?;
        self.process_assignments(flavor, &name, &mut dict)?;
        let span = self.elems[i].span;
        match flavor {
            Flavor::Lb => self.add_load_balancer(&name, &dict, span),
            Flavor::Syslog => {
                match (dict.val("address"), dict.val("port")) {
                    (Some(a), Some(p)) => self.out.syslogs.push((a.clone(), p.clone())),
                    _ => return fail(span, "Syslog address and/or port have not been specified"),
                }
                Ok(())
            }
            Flavor::Timer => self.add_timer(&dict, span),
            Flavor::Conntrack => self.add_conntrack(&dict, span),
            Flavor::Untyped => Ok(()),
        }
    }

    fn process_obj(
        &mut self,
        flavor: Flavor,
        elem_name: &str,
        dict: &mut Dict,
        pairs: &'a [super::ast::Pair],
        level: usize,
        parent: &str,
    ) -> R<()> {
        for pair in pairs {
            let key = pair.key.text.as_str();
            if dict.get(key).is_some() {
                return fail(pair.key.span, format!("Member {key} has already been set"));
            }
            flavor.validate_key(elem_name, key, parent, level, pair.key.span)?;
            match &pair.value.kind {
                ValueKind::Obj(inner) => {
                    let mut nested = Dict::default();
                    self.process_obj(flavor, elem_name, &mut nested, inner, level + 1, key)?;
                    dict.set(key, Mv::Dict(nested));
                }
                _ => self.resolve_member(flavor, dict, key, &pair.value)?,
            }
        }
        Ok(())
    }

    fn process_assignments(&mut self, flavor: Flavor, name: &str, dict: &mut Dict) -> R<()> {
        for a in self.assignments_of(name) {
            let full = self.elems[a].name.clone();
            let span = self.elems[a].span;
            let Some(value) = self.elems[a].value() else {
                continue;
            };
            let parts: Vec<&str> = full.split('.').skip(1).collect();
            if get_dictionary_val(dict, &parts, span)?.is_some() {
                return fail(span, format!("Member {full} has already been set"));
            }
            let n = parts.len();
            let parent = if n < 2 { "" } else { parts[n - 2] };
            self.add_dictionary_val(flavor, name, dict, &parts, value, n, parent)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn add_dictionary_val(
        &mut self,
        flavor: Flavor,
        elem_name: &str,
        dict: &mut Dict,
        parts: &[&str],
        value: &'a Value,
        level: usize,
        parent: &str,
    ) -> R<()> {
        let key = parts[0];
        if parts.len() == 1 {
            if let ValueKind::Obj(pairs) = &value.kind {
                let mut nested = Dict::default();
                self.process_obj(flavor, elem_name, &mut nested, pairs, level + 1, key)?;
                dict.set(key, Mv::Dict(nested));
                return Ok(());
            }
            flavor.validate_key(elem_name, key, parent, level, value.span)?;
            return self.resolve_member(flavor, dict, key, value);
        }
        match dict.get_mut(key) {
            Some(Mv::Dict(inner)) => {
                let mut inner = std::mem::take(inner);
                let r = self.add_dictionary_val(
                    flavor,
                    elem_name,
                    &mut inner,
                    &parts[1..],
                    value,
                    level,
                    key,
                );
                dict.set(key, Mv::Dict(inner));
                r
            }
            Some(_) => fail(value.span, format!("{key}.{} does not exist", parts[1])),
            None => fail(
                value.span,
                format!("Trying to add to a member ({key}) that doesn't exist"),
            ),
        }
    }

    /// Resolves one member's value, per type (NaCl.py's `resolve_dictionary_value`).
    fn resolve_member(
        &mut self,
        flavor: Flavor,
        dict: &mut Dict,
        key: &str,
        v: &'a Value,
    ) -> R<()> {
        match flavor {
            Flavor::Untyped | Flavor::Syslog | Flavor::Conntrack => {
                let pv = self.value(v, "")?;
                dict.set(key, Mv::Val(pv));
            }
            Flavor::Timer => self.resolve_timer_member(dict, key, v)?,
            Flavor::Lb => self.resolve_lb_member(dict, key, v)?,
        }
        Ok(())
    }

    fn resolve_timer_member(&mut self, dict: &mut Dict, key: &str, v: &'a Value) -> R<()> {
        let key_lower = key.to_ascii_lowercase();
        if key_lower == "interval" {
            let pv = self.value(v, "")?;
            let ok = matches!(&pv, Pv::Str(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s != "0");
            if !ok {
                return fail(
                    v.span,
                    format!(
                        "Invalid interval value ({}). It needs to resolve to a positive number (number of seconds)",
                        self.text(v)
                    ),
                );
            }
            dict.set(&key_lower, Mv::Val(pv));
        } else if key_lower == "data" {
            let list = self.list_or_named_list(v, "data")?;
            let mut data = Vec::new();
            for item in list {
                let ValueKind::Name(n) = &item.kind else {
                    return fail(
                        item.span,
                        "Invalid data value. It needs to be a list of names",
                    );
                };
                data.push(n.text().to_ascii_lowercase());
            }
            dict.set(&key_lower, Mv::Data(data));
        }
        Ok(())
    }

    /// A list written in place, or the name of an element whose value is a list.
    fn list_or_named_list(&self, v: &'a Value, what: &str) -> R<&'a [Value]> {
        match &v.kind {
            ValueKind::List(items) => Ok(items),
            ValueKind::Name(n) => {
                let name = n.text();
                let Some(e) = self.elem(&name) else {
                    return fail(v.span, format!("No element with the name {name} exists"));
                };
                match self.elems[e].value().map(|x| &x.kind) {
                    Some(ValueKind::List(items)) => Ok(items),
                    _ => fail(v.span, format!("Element {name} does not consist of a list")),
                }
            }
            _ => fail(
                v.span,
                format!("Invalid {what} value. It needs to be a list"),
            ),
        }
    }

    /// An object written in place, or the name of an element whose value is an object.
    fn obj_or_named_obj(&self, v: &'a Value) -> R<&'a [super::ast::Pair]> {
        match &v.kind {
            ValueKind::Obj(pairs) => Ok(pairs),
            ValueKind::Name(n) => {
                let name = n.text();
                let Some(e) = self.elem(&name) else {
                    return fail(v.span, format!("No element with the name {name} exists"));
                };
                match self.elems[e].value().map(|x| &x.kind) {
                    Some(ValueKind::Obj(pairs)) => Ok(pairs),
                    _ => fail(v.span, format!("Element {name} must be an object")),
                }
            }
            _ => fail(v.span, "The value needs to be an object"),
        }
    }

    fn resolve_lb_member(&mut self, dict: &mut Dict, key: &str, v: &'a Value) -> R<()> {
        match key {
            "layer" | "algorithm" => {
                let text = self.text(v).to_ascii_lowercase();
                let valid = if key == "layer" { "tcp" } else { "round_robin" };
                if !matches!(v.kind, ValueKind::Name(_)) || text != valid {
                    return fail(v.span, format!("Invalid {key} value ({})", self.text(v)));
                }
                dict.set(key, Mv::Val(Pv::Str(text)));
            }
            "iface" => {
                let text = self.text(v);
                if !matches!(v.kind, ValueKind::Name(_)) {
                    return fail(
                        v.span,
                        format!("Load_balancer member iface contains an invalid value ({text})"),
                    );
                }
                self.require_iface(&text, v.span)?;
                dict.set(key, Mv::Val(Pv::Str(text)));
            }
            "pool" => {
                let list = self.list_or_named_list(v, "pool")?;
                let mut pool = Vec::new();
                for (i, node) in list.iter().enumerate() {
                    let pairs = self.obj_or_named_obj(node)?;
                    let (mut address, mut port) = (None, None);
                    for pair in pairs {
                        let k = pair.key.text.to_ascii_lowercase();
                        let pv = self.value(&pair.value, "")?;
                        match k.as_str() {
                            "address" => address = Some(pv),
                            "port" => port = Some(pv),
                            _ => {
                                return fail(
                                    pair.key.span,
                                    format!("Invalid member in node {i} in servers.pool"),
                                );
                            }
                        }
                    }
                    if address.is_none() || port.is_none() {
                        return fail(
                            node.span,
                            "An object in a pool needs to specify address, port",
                        );
                    }
                    pool.push((i, address, port));
                }
                dict.set(key, Mv::Pool(pool));
            }
            "clients" | "servers" => {
                let pairs = self.obj_or_named_obj(v)?;
                let mut inner = Dict::default();
                for pair in pairs {
                    let k = pair.key.text.to_ascii_lowercase();
                    Flavor::Lb.validate_key("", &k, key, 2, v.span)?;
                    self.resolve_lb_member(&mut inner, &k, &pair.value)?;
                }
                dict.set(key, Mv::Dict(inner));
            }
            _ => {
                let pv = self.value(v, "")?;
                dict.set(key, Mv::Val(pv));
            }
        }
        Ok(())
    }

    fn require_iface(&self, name: &str, span: Span) -> R<usize> {
        match self.elem(name) {
            Some(e) if self.elems[e].type_lower().is_none_or(|t| t == "iface") => Ok(e),
            _ => fail(span, format!("No Iface with the name {name} exists")),
        }
    }

    fn add_load_balancer(&mut self, name: &str, d: &Dict, span: Span) -> R<()> {
        let missing = |what: &str| {
            fail(
                span,
                format!("Load_balancer member {what} has not been set"),
            )
        };
        let Some(Pv::Str(layer)) = d.val("layer").cloned() else {
            return missing("layer");
        };
        if self.out.load_balancers.iter().any(|l| l.layer == layer) {
            return fail(
                span,
                format!(
                    "A {} Load_balancer has already been defined",
                    layer.to_uppercase()
                ),
            );
        }
        let Some(Mv::Dict(clients)) = d.get("clients") else {
            return missing("clients");
        };
        let Some(Mv::Dict(servers)) = d.get("servers") else {
            return missing("servers");
        };
        let Some(clients_iface) = clients.val("iface").map(Pv::py_str) else {
            return missing("clients.iface");
        };
        let Some(port) = clients.val("port").cloned() else {
            return missing("clients.port");
        };
        let wait_queue_limit = clients
            .val("wait_queue_limit")
            .cloned()
            .unwrap_or(Pv::Int(1000));
        let session_limit = clients
            .val("session_limit")
            .cloned()
            .unwrap_or(Pv::Int(1000));
        let Some(servers_iface) = servers.val("iface").map(Pv::py_str) else {
            return missing("servers.iface");
        };
        let Some(algorithm) = servers.val("algorithm").map(Pv::py_str) else {
            return missing("servers.algorithm");
        };
        let Some(Mv::Pool(pool)) = servers.get("pool") else {
            return missing("servers.pool");
        };
        self.out.load_balancers.push(LbOut {
            name: name.to_owned(),
            layer,
            algorithm,
            wait_queue_limit,
            session_limit,
            port,
            clients_iface,
            servers_iface,
            pool: pool.clone(),
        });
        Ok(())
    }

    fn add_timer(&mut self, d: &Dict, span: Span) -> R<()> {
        let interval = d
            .val("interval")
            .map(Pv::py_str)
            .unwrap_or_else(|| "None".into());
        let Some(Mv::Data(data)) = d.get("data") else {
            return fail(
                span,
                "Invalid value of Timer member data. It needs to be a list of one or more of timestamp, stats, memory, cpu, lb, stack-sampling, timers",
            );
        };
        self.out.timers.push(TimerOut {
            interval,
            data: data.clone(),
        });
        Ok(())
    }

    fn add_conntrack(&mut self, d: &Dict, span: Span) -> R<()> {
        let mut timeouts = Vec::new();
        match d.get("timeout") {
            None => {}
            Some(Mv::Dict(t)) => {
                let keys: Vec<PyKey> = t.0.iter().map(|(k, _)| PyKey::Str(k.clone())).collect();
                for i in iteration_order(&keys) {
                    let (kind, v) = &t.0[i];
                    let Mv::Dict(inner) = v else {
                        return fail(
                            span,
                            format!("Invalid {kind} value of Conntrack (needs to be an object)"),
                        );
                    };
                    timeouts.push((
                        kind.clone(),
                        inner.val("tcp").cloned(),
                        inner.val("udp").cloned(),
                        inner.val("icmp").cloned(),
                    ));
                }
            }
            Some(_) => {
                return fail(
                    span,
                    "Invalid timeout value of Conntrack (needs to be an object)",
                );
            }
        }
        let stateful = matches!(d.val("stateful_tcp"), Some(Pv::Str(s)) if s == "true");
        self.out.conntracks.push(ConntrackOut {
            stateful,
            limit: d.val("limit").cloned(),
            reserve: d.val("reserve").cloned(),
            timeouts,
        });
        Ok(())
    }

    // ---------- Iface ----------

    fn process_iface(&mut self, i: usize) -> R<()> {
        let name = self.elems[i].name.clone();
        let Some(value) = self.elems[i].value() else {
            return Ok(());
        };
        let mut members: Vec<(String, &'a Value)> = Vec::new();
        let mut chains: Vec<String> = Vec::new();
        match &value.kind {
            ValueKind::Obj(pairs) => {
                for pair in pairs {
                    let orig = &pair.key.text;
                    let key = orig.to_ascii_lowercase();
                    if !IFACE_KEYS.contains(&key.as_str()) {
                        return fail(pair.key.span, format!("Invalid Iface member {orig}"));
                    }
                    if members.iter().any(|(k, _)| *k == key) {
                        return fail(
                            pair.key.span,
                            format!("Iface member {key} has already been set"),
                        );
                    }
                    self.iface_add_member(
                        &name,
                        &mut members,
                        &mut chains,
                        key,
                        &pair.value,
                        pair.key.span,
                    )?;
                }
            }
            ValueKind::Name(n) if CONFIGS.contains(&n.text().to_ascii_lowercase().as_str()) => {
                members.push(("config".into(), value));
            }
            ValueKind::Name(n) => {
                return fail(value.span, format!("Invalid Iface value {}", n.text()));
            }
            _ => {
                return fail(
                    value.span,
                    "An Iface has to contain key value pairs, or be set to a configuration type (dhcp, dhcp-with-fallback, static)",
                );
            }
        }
        for a in self.assignments_of(&name) {
            let full = self.elems[a].name.clone();
            let span = self.elems[a].span;
            let parts: Vec<&str> = full.split('.').collect();
            if parts.len() != 2 {
                return fail(span, format!("Invalid Iface member {full}"));
            }
            let member = parts[1].to_ascii_lowercase();
            if !IFACE_KEYS.contains(&member.as_str()) {
                return fail(span, format!("Invalid Iface member {}", parts[1]));
            }
            if members.iter().any(|(k, _)| *k == member) {
                return fail(span, format!("Member {member} has already been set"));
            }
            let Some(v) = self.elems[a].value() else {
                continue;
            };
            self.iface_add_member(&name, &mut members, &mut chains, member, v, span)?;
        }
        let get = |k: &str| members.iter().find(|(m, _)| m == k).map(|(_, v)| *v);
        if get("index").is_none() {
            return fail(value.span, "An index needs to be specified for all Ifaces");
        }
        let config_text = get("config").map(|c| match &c.kind {
            ValueKind::Name(n) => n.text().to_ascii_lowercase(),
            _ => String::new(),
        });
        if let (Some(c), Some(t)) = (get("config"), &config_text)
            && !CONFIGS.contains(&t.as_str())
        {
            return fail(c.span, format!("Invalid config value {}", self.text(c)));
        }
        if get("vlan").is_some() {
            let is_dhcp = config_text.as_deref() == Some("dhcp");
            if !is_dhcp && (get("address").is_none() || get("netmask").is_none()) {
                return fail(
                    value.span,
                    "The members address and netmask must be set for every Iface if the Iface configuration hasn't been set to dhcp",
                );
            }
            if is_dhcp
                && ["address", "netmask", "gateway", "dns"]
                    .iter()
                    .any(|k| get(k).is_some())
            {
                return fail(
                    get("config").map_or(value.span, |c| c.span),
                    "An Iface with config set to dhcp should not specify address, netmask, gateway or dns",
                );
            }
            if get("buffer_limit").is_some() || get("send_queue_limit").is_some() {
                return fail(
                    value.span,
                    "The members send_queue_limit and buffer_limit can not be set on an Iface that is a vlan",
                );
            }
        }
        let mut out = IfaceOut {
            name: name.clone(),
            ..IfaceOut::default()
        };
        for (key, v) in &members {
            match key.as_str() {
                "config" => {}
                "masquerade" => {
                    let pv = self.value(v, "")?;
                    let s = match &pv {
                        Pv::Str(s)
                            if s.eq_ignore_ascii_case("true")
                                || s.eq_ignore_ascii_case("false") =>
                        {
                            s.clone()
                        }
                        _ => {
                            return fail(
                                v.span,
                                "Invalid masquerade value. Must be set to true or false",
                            );
                        }
                    };
                    if s == "true" {
                        self.out.masquerades.push(name.clone());
                    }
                }
                _ => {
                    let pv = self.value(v, "")?;
                    if key == "index" && get("vlan").is_none() {
                        let idx = pv.py_str();
                        let clash = self.ifaces.iter().any(|(&o, st)| {
                            o != i && !st.has_vlan && st.index.as_deref() == Some(&idx)
                        });
                        if clash {
                            return fail(
                                v.span,
                                format!("Another Iface has been defined with index {idx}"),
                            );
                        }
                    }
                    let slot = match key.as_str() {
                        "index" => &mut out.index,
                        "vlan" => &mut out.vlan,
                        "address" => &mut out.address,
                        "netmask" => &mut out.netmask,
                        "gateway" => &mut out.gateway,
                        "dns" => &mut out.dns,
                        "send_queue_limit" => &mut out.send_queue_limit,
                        "buffer_limit" => &mut out.buffer_limit,
                        _ => continue,
                    };
                    *slot = Some(pv);
                }
            }
        }
        out.config = match config_text.as_deref() {
            Some("dhcp") => Config::Dhcp,
            Some("dhcp-with-fallback") => Config::DhcpFallback,
            _ => Config::Static,
        };
        if out.vlan.is_some() {
            out.mac_index = !out.index.as_ref().is_some_and(Pv::is_int);
            self.out.vlan_ifaces += 1;
        }
        self.ifaces.insert(
            i,
            IfaceState {
                index: out.index.as_ref().map(Pv::py_str),
                has_vlan: out.vlan.is_some(),
            },
        );
        self.out.ifaces.push(out);
        if !chains.is_empty() && !self.out.enable_ct_ifaces.contains(&name) {
            self.out.enable_ct_ifaces.push(name);
        }
        Ok(())
    }

    fn iface_add_member(
        &mut self,
        name: &str,
        members: &mut Vec<(String, &'a Value)>,
        chains: &mut Vec<String>,
        key: String,
        v: &'a Value,
        span: Span,
    ) -> R<()> {
        if IFACE_CHAINS.contains(&key.as_str()) {
            if chains.contains(&key) {
                return fail(v.span, format!("Iface chain {key} has already been set"));
            }
            let functions = self.function_names(v)?;
            chains.push(key.clone());
            let mut natting = false;
            for (fname, fspan) in &functions {
                match self.elem(fname) {
                    Some(e) if matches!(self.elems[e].kind, Kind::Function(_)) => {
                        if self.elems[e].type_lower().as_deref() == Some("nat") {
                            natting = true;
                        }
                    }
                    _ => return fail(*fspan, format!("No function with the name {fname} exists")),
                }
            }
            if natting {
                self.out.auto_natting_ifaces.push(name.to_owned());
            }
            self.out.pushes_iface.push(Push {
                name: name.to_owned(),
                chain: key,
                functions: functions.into_iter().map(|(n, _)| n).collect(),
            });
            return Ok(());
        }
        if members.iter().any(|(k, _)| *k == key) {
            return fail(span, format!("Iface member {key} has already been set"));
        }
        members.push((key, v));
        Ok(())
    }

    /// The function names a chain is given: one name or a list of names.
    fn function_names(&self, v: &Value) -> R<Vec<(String, Span)>> {
        match &v.kind {
            ValueKind::Name(n) => Ok(vec![(n.text(), v.span)]),
            ValueKind::List(items) => items
                .iter()
                .map(|item| match &item.kind {
                    ValueKind::Name(n) => Ok((n.text(), item.span)),
                    _ => fail(
                        item.span,
                        format!("This is not supported: {}", self.text(v)),
                    ),
                })
                .collect(),
            _ => fail(v.span, format!("This is not supported: {}", self.text(v))),
        }
    }

    // ---------- Gateway ----------

    fn route(&mut self, route_name: &str, pairs: &[super::ast::Pair], span: Span) -> R<Route> {
        let mut route = Route {
            fields: Vec::new(),
            span,
        };
        for pair in pairs {
            let orig = &pair.key.text;
            let key = orig.to_ascii_lowercase();
            if route.get(&key).is_some() {
                return fail(
                    pair.key.span,
                    format!("Member {key} has already been set for route {route_name}"),
                );
            }
            if !ROUTE_KEYS.contains(&key.as_str()) {
                return fail(
                    pair.key.span,
                    format!(
                        "{orig} is not a valid Gateway route member. Valid members are: {}",
                        ROUTE_KEYS.join(", ")
                    ),
                );
            }
            let pv = self.route_value(&key, &pair.value)?;
            route.fields.push((key, pv));
        }
        Ok(route)
    }

    fn route_value(&mut self, key: &str, v: &Value) -> R<Pv> {
        if key != "iface" {
            return self.value(v, "");
        }
        let text = self.text(v);
        if !matches!(v.kind, ValueKind::Name(_)) {
            return fail(
                v.span,
                format!("Gateway route member iface contains an invalid value ({text})"),
            );
        }
        self.require_iface(&text, v.span)?;
        Ok(Pv::Str(text))
    }

    fn process_gateway(&mut self, i: usize) -> R<()> {
        let name = self.elems[i].name.clone();
        let gw_span = self.elems[i].span;
        let Some(value) = self.elems[i].value() else {
            return Ok(());
        };
        let mut routes: Vec<(PyKey, String, Route)> = Vec::new();
        let mut send_time_exceeded: Option<&'a Value> = None;
        let mut forward: Option<&'a Value> = None;
        match &value.kind {
            ValueKind::Obj(pairs) => {
                for pair in pairs {
                    let orig = &pair.key.text;
                    let key = orig.to_ascii_lowercase();
                    let is_obj = matches!(pair.value.kind, ValueKind::Obj(_));
                    if key == "send_time_exceeded" || key == "forward" {
                        let slot = if key == "forward" {
                            &mut forward
                        } else {
                            &mut send_time_exceeded
                        };
                        if slot.is_some() {
                            return fail(pair.key.span, format!("{key} has already been set"));
                        }
                        *slot = Some(&pair.value);
                        continue;
                    }
                    if !is_obj {
                        return fail(pair.key.span, format!("Invalid Gateway member {orig}"));
                    }
                    if routes.iter().any(|(_, n, _)| *n == key) {
                        return fail(pair.key.span, format!("Route {key} has already been set"));
                    }
                    let ValueKind::Obj(rp) = &pair.value.kind else {
                        continue;
                    };
                    let r = self.route(&key, rp, pair.value.span)?;
                    routes.push((PyKey::Str(key.clone()), key, r));
                }
            }
            ValueKind::List(items) => {
                for (n, item) in items.iter().enumerate() {
                    let ValueKind::Obj(rp) = &item.kind else {
                        return fail(
                            item.span,
                            "A Gateway that constitutes a list must be a list of objects (containing key value pairs)",
                        );
                    };
                    let r = self.route(&n.to_string(), rp, item.span)?;
                    routes.push((PyKey::Int(n as i64), n.to_string(), r));
                }
            }
            _ => {
                return fail(
                    value.span,
                    "A Gateway must contain key value pairs (in which each pair's value is an object), or it must contain a list of objects",
                );
            }
        }
        let is_list = matches!(value.kind, ValueKind::List(_));
        for a in self.assignments_of(&name) {
            let full = self.elems[a].name.clone();
            let span = self.elems[a].span;
            let Some(v) = self.elems[a].value() else {
                continue;
            };
            let parts: Vec<&str> = full.split('.').collect();
            let member = parts[1].to_ascii_lowercase();
            if parts.len() > 3 {
                return fail(span, format!("Invalid Gateway member {full}"));
            }
            if is_list && !routes.is_empty() {
                return fail(
                    span,
                    format!(
                        "Trying to access a named member in a Gateway without named members ({full})"
                    ),
                );
            }
            if parts.len() == 2 {
                if member == "send_time_exceeded" || member == "forward" {
                    let slot = if member == "forward" {
                        &mut forward
                    } else {
                        &mut send_time_exceeded
                    };
                    if slot.is_some() {
                        return fail(
                            v.span,
                            format!("Gateway member {member} has already been set"),
                        );
                    }
                    *slot = Some(v);
                } else if routes.iter().any(|(_, n, _)| *n == member) {
                    return fail(
                        span,
                        format!("Gateway member {member} has already been set"),
                    );
                } else {
                    let ValueKind::Obj(rp) = &v.kind else {
                        return fail(
                            v.span,
                            "A Gateway member's value needs to contain key value pairs",
                        );
                    };
                    let r = self.route(&full, rp, v.span)?;
                    routes.push((PyKey::Str(member.clone()), member, r));
                }
            } else {
                let route_member = parts[2].to_ascii_lowercase();
                let Some(pos) = routes.iter().position(|(_, n, _)| *n == member) else {
                    return fail(span, format!("No member named {member} in Gateway {name}"));
                };
                if routes[pos].2.get(&route_member).is_some() {
                    return fail(
                        span,
                        format!("Member {route_member} in route {member} has already been set"),
                    );
                }
                if !ROUTE_KEYS.contains(&route_member.as_str()) {
                    return fail(
                        span,
                        format!(
                            "{route_member} is not a valid Gateway route member. Valid members are: {}",
                            ROUTE_KEYS.join(", ")
                        ),
                    );
                }
                let pv = self.route_value(&route_member, v)?;
                routes[pos].2.fields.push((route_member, pv));
            }
        }
        // send_time_exceeded and forward (their order does not change the output).
        let mut ste = String::new();
        if let Some(v) = send_time_exceeded {
            let pv = self.value(v, "")?;
            let s = pv.py_str();
            if s != "true" && s != "false" {
                return fail(
                    v.span,
                    format!(
                        "Invalid value of send_time_exceeded ({s}). Must be set to true or false"
                    ),
                );
            }
            ste = s;
        }
        let mut pushes = Vec::new();
        if let Some(v) = forward {
            let functions = self.function_names(v)?;
            for (fname, fspan) in &functions {
                match self.elem(fname) {
                    Some(e) if matches!(self.elems[e].kind, Kind::Function(_)) => {
                        if self.elems[e].type_lower().as_deref() == Some("nat") {
                            return fail(
                                *fspan,
                                "A Nat function cannot be pushed onto a Gateway's forward chain",
                            );
                        }
                    }
                    _ => return fail(*fspan, format!("No function with the name {fname} exists")),
                }
            }
            pushes.push(Push {
                name: "nacl_router_obj".into(),
                chain: "forward".into(),
                functions: functions.into_iter().map(|(n, _)| n).collect(),
            });
        }
        let keys: Vec<PyKey> = routes.iter().map(|(k, _, _)| k.clone()).collect();
        let order = iteration_order(&keys);
        let count = order.len();
        let mut taken: Vec<Option<Route>> = routes.into_iter().map(|(_, _, r)| Some(r)).collect();
        let mut out_routes = Vec::new();
        let mut vlan_kind: Option<bool> = None;
        for (n, idx) in order.into_iter().enumerate() {
            let Some(route) = taken[idx].take() else {
                continue;
            };
            if route.get("netmask").is_none()
                || route.get("iface").is_none()
                || (route.get("net").is_none() && route.get("host").is_none())
            {
                return fail(
                    route.span,
                    "A Gateway route must specify iface, netmask and either net or host",
                );
            }
            let iface = route.get("iface").map(Pv::py_str).unwrap_or_default();
            if let Some(e) = self.elem(&iface) {
                self.process(e)?;
                let is_vlan = self.ifaces.get(&e).is_some_and(|s| s.has_vlan);
                if vlan_kind.is_some_and(|k| k != is_vlan) {
                    return fail(
                        gw_span,
                        "All iface members in a Gateway's routes must be of the same type (either only Ifaces with the vlan member set or only regular Ifaces)",
                    );
                }
                vlan_kind = Some(is_vlan);
            }
            if !self.out.ip_forward_ifaces.contains(&iface) {
                self.out.ip_forward_ifaces.push(iface.clone());
            }
            if !self.out.enable_ct_ifaces.contains(&iface) {
                self.out.enable_ct_ifaces.push(iface);
            }
            out_routes.push((route, n + 1 < count));
        }
        self.out.gateways.push(GatewayOut {
            routes: out_routes,
            send_time_exceeded: ste,
        });
        self.out.pushes_gateway = Some(pushes);
        Ok(())
    }

    // ---------- functions ----------

    fn process_function(&mut self, i: usize) -> R<()> {
        let Kind::Function(f) = self.elems[i].kind else {
            return Ok(());
        };
        let name = self.elems[i].name.clone();
        let content = self.function(&f.type_t.text, &f.subtype.text, f, "")?;
        let pushed = self
            .out
            .pushes_iface
            .iter()
            .chain(self.out.pushes_gateway.iter().flatten())
            .any(|p| p.functions.contains(&name));
        if !pushed {
            return Ok(());
        }
        let type_lower = f.type_t.text.to_ascii_lowercase();
        if type_lower == "filter" {
            if !f.subtype.text.eq_ignore_ascii_case("ip") {
                return fail(
                    f.span,
                    "Only a function of subtype IP can be pushed onto an Iface's chain. However, you can create and call Filters of any subtype inside an IP Filter",
                );
            }
            let verdict = match f.body.last() {
                Some(Stmt::Action(a)) if a.args.is_none() => a.name.text.as_str(),
                _ => "",
            };
            if verdict != "accept" && verdict != "drop" {
                return fail(f.span, "Missing default verdict at the end of this Filter");
            }
        }
        let out = FunctionOut { name, content };
        match type_lower.as_str() {
            "filter" => self.out.filters.push(out),
            "nat" => self.out.nats.push(out),
            "rewrite" => {}
            _ => {
                return fail(
                    f.type_t.span,
                    format!("Functions of type {} are not handled", f.type_t.text),
                );
            }
        }
        Ok(())
    }

    /// Resolves a value as NaCl.py's value transpiler does.
    pub(crate) fn value(&mut self, v: &Value, subtype: &str) -> R<Pv> {
        self.depth += 1;
        if self.depth > MAX_RESOLVE_DEPTH {
            self.depth -= 1;
            return fail(v.span, "Values refer to each other in a loop");
        }
        let r = values::transpile_value(self, v, subtype);
        self.depth -= 1;
        r
    }

    pub(crate) fn untyped_members(&mut self, i: usize) -> R<&Dict> {
        self.process(i)?;
        Ok(self.untyped.entry(i).or_default())
    }

    pub(crate) fn source(&self) -> &'a str {
        self.src
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<usize> {
        self.elem(name)
    }
}

fn get_dictionary_val<'d>(dict: &'d Dict, parts: &[&str], span: Span) -> R<Option<&'d Mv>> {
    let key = parts[0];
    if parts.len() == 1 {
        return Ok(dict.get(key));
    }
    match dict.get(key) {
        None => Ok(None),
        Some(Mv::Dict(inner)) => get_dictionary_val(inner, &parts[1..], span),
        Some(_) => fail(span, format!("{key}.{} does not exist", parts[1])),
    }
}

/// The element types whose members NaCl.py keeps as a tree (plain objects, Load_balancer,
/// Syslog, Timer, Conntrack), with each one's rules for keys.
#[derive(Clone, Copy, PartialEq)]
enum Flavor {
    Untyped,
    Lb,
    Syslog,
    Timer,
    Conntrack,
}

impl Flavor {
    fn class(self) -> &'static str {
        match self {
            Flavor::Untyped => "Untyped",
            Flavor::Lb => "Load_balancer",
            Flavor::Syslog => "Syslog",
            Flavor::Timer => "Timer",
            Flavor::Conntrack => "Conntrack",
        }
    }

    fn validate_key(self, elem: &str, key: &str, parent: &str, level: usize, span: Span) -> R<()> {
        let class = self.class();
        let ok = match self {
            Flavor::Untyped => true,
            Flavor::Lb => match level {
                1 => ["layer", "clients", "servers"].contains(&key),
                2 => match parent {
                    "clients" => {
                        ["iface", "port", "wait_queue_limit", "session_limit"].contains(&key)
                    }
                    "servers" => ["iface", "algorithm", "pool"].contains(&key),
                    _ => true,
                },
                _ => false,
            },
            Flavor::Syslog => level == 1 && ["address", "port"].contains(&key),
            Flavor::Timer => {
                level == 1 && ["interval", "data"].contains(&key.to_ascii_lowercase().as_str())
            }
            Flavor::Conntrack => match level {
                1 => ["limit", "reserve", "stateful_tcp", "timeout"].contains(&key),
                2 => {
                    parent != "timeout"
                        || ["established", "unconfirmed", "confirmed"].contains(&key)
                }
                3 => {
                    ["established", "unconfirmed", "confirmed"].contains(&parent)
                        && ["tcp", "udp", "icmp"].contains(&key)
                }
                _ => false,
            },
        };
        if ok {
            return Ok(());
        }
        if level == 2 && !parent.is_empty() && self != Flavor::Conntrack {
            return fail(
                span,
                format!("Invalid {class} member {key} in {elem}.{parent}"),
            );
        }
        fail(span, format!("Invalid {class} member {key}"))
    }
}

mod render;

#[cfg(test)]
pub(crate) mod tests;
