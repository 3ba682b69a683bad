use super::render::title;
use super::transpile;

fn cpp(src: &str) -> String {
    match transpile(src) {
        Ok(c) => c,
        Err(d) => panic!("{src}\n{d:#?}"),
    }
}

fn assert_has(out: &str, snippet: &str) {
    assert!(out.contains(snippet), "missing:\n{snippet}\nin:\n{out}");
}

#[test]
fn titles_are_pythons() {
    assert_eq!(title("my_filter"), "My_Filter");
    assert_eq!(title("filter2x"), "Filter2X");
    assert_eq!(title("ABC_def"), "Abc_Def");
}

#[test]
fn an_invalid_nacl_gives_its_diagnostics() {
    let err = transpile("Iface eth0 { address: 10.0.0.300, index: 0 }").unwrap_err();
    assert_eq!(err[0].code, "invalid-address");
}

pub(crate) const WEB: &str = r#"
Iface outside {
    index: 0,
    address: 10.0.0.2,
    netmask: 255.255.255.0,
    gateway: 10.0.0.1,
    input: web_in
}
ports: 8000-8080
Filter::IP web_in {
    if (ip.saddr in 10.0.0.0/8) {
        Filter::TCP {
            if (tcp.dport in ports) { accept }
            if (tcp.dport in [22, 443]) { log("tcp ", tcp.dport, "\n") }
        }
    }
    if (not ip.ttl > 5 && allowed) { drop }
    drop
}
allowed: true
Filter::IP unused { accept }
"#;

#[test]
fn a_filter_on_a_chain_becomes_a_class_and_its_body_cpp() {
    let out = cpp(WEB);
    assert_has(
        &out,
        "\tauto& outside = Interfaces::get(0);\n\toutside.network_config(IP4::addr{10,0,0,2}, IP4::addr{255,255,255,0}, IP4::addr{10,0,0,1});\n",
    );
    assert_has(&out, "class Web_In : public nacl::Filter {");
    assert_has(
        &out,
        "if (not ct_entry) {\nreturn {nullptr, Filter_verdict_type::DROP};\n}\nif (ip4::Cidr{10,0,0,0,8}.contains(pckt->ip_src())) {\nif (pckt->ip_protocol() == Protocol::TCP) {\nauto& tcp_pckt = static_cast<tcp::Packet&>(*pckt);\n\n",
    );
    assert_has(
        &out,
        "if ((tcp_pckt.dst_port() >= 8000 and tcp_pckt.dst_port() <= 8080)) {\nreturn {std::move(pckt), Filter_verdict_type::ACCEPT};\n}\n",
    );
    assert_has(
        &out,
        "if ((tcp_pckt.dst_port() == 22 or tcp_pckt.dst_port() == 443)) {\nstd::cout << \"tcp \" << static_cast<unsigned>(tcp_pckt.dst_port()) << \"\\n\";\n}\n}\n}\n",
    );
    assert_has(&out, "if (!(pckt->ip_ttl() > 5) && true) {\n");
    assert_has(&out, "\tcustom_made_classes_from_nacl::Web_In web_in;\n");
    assert_has(
        &out,
        "\toutside.ip_obj().input_chain().chain.push_back(web_in);\n",
    );
    assert_has(
        &out,
        "\tINFO(\"NaCl\", \"Enabling Conntrack on outside\");\n",
    );
    // A function nothing pushes is not written.
    assert!(!out.contains("Unused"), "{out}");
    assert!(out.ends_with("}\n"));
}

#[test]
fn gateway_routes_come_in_python_dictionary_order() {
    // NaCl.py keeps routes in a Python 2 dict: {"a", "b", "c"} iterate as a, c, b.
    let out = cpp(r#"
Iface eth0 { index: 0, address: 10.0.0.2, netmask: 255.255.255.0 }
Gateway gw {
    a: { net: 10.1.0.0, netmask: 255.255.0.0, iface: eth0 },
    b: { net: 10.2.0.0, netmask: 255.255.0.0, iface: eth0, nexthop: 10.0.0.1 },
    c: { host: 10.3.0.1, netmask: 255.255.255.255, iface: eth0, cost: 5 },
    send_time_exceeded: false
}
"#);
    assert_has(
        &out,
        "\t\t{ IP4::addr{10,1,0,0}, IP4::addr{255,255,0,0}, 0, eth0, 1 },\n\t\t{ IP4::addr{10,3,0,1}, IP4::addr{255,255,255,255}, 0, eth0, 5 },\n\t\t{ IP4::addr{10,2,0,0}, IP4::addr{255,255,0,0}, IP4::addr{10,0,0,1}, eth0, 1 }\n\t};\n",
    );
    assert_has(&out, "\tnacl_router_obj->send_time_exceeded = false;\n");
    assert_has(
        &out,
        "\teth0.set_forward_delg(nacl_router_obj->forward_delg());\n",
    );
    assert_has(&out, "#include <net/router.hpp>\n");
}

#[test]
fn nat_syslog_and_load_balancer() {
    let out = cpp(r#"
Iface lan { index: 0, address: 10.0.0.1, netmask: 255.255.255.0, prerouting: fwd, masquerade: true }
Iface wan { index: 1, config: dhcp }
Nat::IP fwd { if (ip.daddr == 10.0.0.1) { dnat(10.0.0.9, 80) } }
Syslog logs { address: 10.0.0.5, port: 514 }
Load_balancer lb {
    layer: tcp,
    clients: { iface: wan, port: 80 },
    servers: { iface: lan, algorithm: round_robin, pool: [{ address: 10.0.0.20, port: 8080 }] }
}
"#);
    assert_has(
        &out,
        "nacl_natty_obj->dnat(*pckt, ct_entry, {IP4::addr{10,0,0,9}, 80});\nreturn {std::move(pckt), Filter_verdict_type::ACCEPT};\n",
    );
    assert_has(
        &out,
        "\tlan.ip_obj().prerouting_chain().chain.push_back(dnat_translate);\n",
    );
    assert_has(&out, "\tINFO(\"NaCl\", \"Enable MASQUERADE on lan\");\n");
    assert_has(&out, "\tSyslog::settings( IP4::addr{10,0,0,5}, 514 );\n");
    assert_has(
        &out,
        "\tnacl_lb_obj = new microLB::Balancer(wan, 80, lan);\n",
    );
    assert_has(&out, "\tSocket socket_0{ IP4::addr{10,0,0,20}, 8080 };\n");
    assert_has(&out, "\tClients wait queue limit: 1000\n");
    assert_has(
        &out,
        "\twan.negotiate_dhcp(10.0, [&wan] (bool timedout) {\n",
    );
}

#[test]
fn transpiling_is_deterministic() {
    assert_eq!(cpp(WEB), cpp(WEB));
}
