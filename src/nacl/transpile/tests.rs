use super::render::title;
use super::transpile;

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
