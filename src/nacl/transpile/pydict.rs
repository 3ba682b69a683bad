//! The order in which a Python 2 dictionary gives back its keys.
//!
//! NaCl.py keeps its elements (and a Gateway its routes, a Conntrack its timeouts) in plain
//! Python 2 dictionaries and walks them in the dictionary's own order, which follows the keys'
//! hashes, not the order of the file. To write the same C++ in the same order, Mothership
//! replays the insertions into a model of CPython 2.7's open-addressing table (64-bit hashes,
//! no hash randomisation, as the transpiler runs) and reads the slots back in table order.

/// A key as Python sees it: a string or an integer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PyKey {
    Str(String),
    Int(i64),
}

impl PyKey {
    fn hash(&self) -> i64 {
        let h = match self {
            PyKey::Int(i) => *i,
            PyKey::Str(s) => {
                // CPython 2.7's string hash over the code points (ANTLR hands NaCl.py unicode
                // strings; for ASCII a byte string hashes the same).
                let chars: Vec<u32> = s.chars().map(u32::from).collect();
                if chars.is_empty() {
                    return 0;
                }
                let mut x: i64 = i64::from(chars[0]) << 7;
                for &c in &chars {
                    x = x.wrapping_mul(1_000_003) ^ i64::from(c);
                }
                x ^ chars.len() as i64
            }
        };
        if h == -1 { -2 } else { h }
    }
}

/// Where each key lands: replays `keys` (in insertion order; repeats are ignored, as setting
/// an existing key keeps its slot) and returns their indices in the order a Python 2 `for key
/// in dict` yields them.
pub(crate) fn iteration_order(keys: &[PyKey]) -> Vec<usize> {
    const MIN_SIZE: usize = 8;
    let mut table: Vec<Option<(usize, i64)>> = vec![None; MIN_SIZE];
    let mut used = 0usize;

    fn slot_for(table: &[Option<(usize, i64)>], keys: &[PyKey], key: &PyKey, hash: i64) -> usize {
        let mask = (table.len() - 1) as u64;
        let mut i = (hash as u64) & mask;
        let mut perturb = hash as u64;
        loop {
            let slot = (i & mask) as usize;
            match table[slot] {
                None => return slot,
                Some((k, h)) if h == hash && keys[k] == *key => return slot,
                Some(_) => {}
            }
            i = (i << 2)
                .wrapping_add(i)
                .wrapping_add(perturb)
                .wrapping_add(1);
            perturb >>= 5;
        }
    }

    for (idx, key) in keys.iter().enumerate() {
        let hash = key.hash();
        let slot = slot_for(&table, keys, key, hash);
        if table[slot].is_some() {
            continue;
        }
        table[slot] = Some((idx, hash));
        used += 1;
        // No deletions, so the table's fill equals the number of keys.
        if used * 3 >= table.len() * 2 {
            let min_used = if used > 50_000 { 2 * used } else { 4 * used };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (k, h) in old.into_iter().flatten() {
                let s = slot_for(&table, keys, &keys[k], h);
                table[s] = Some((k, h));
            }
        }
    }
    table.into_iter().flatten().map(|(k, _)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[&str]) -> Vec<String> {
        let keys: Vec<PyKey> = keys.iter().map(|k| PyKey::Str((*k).to_owned())).collect();
        iteration_order(&keys)
            .into_iter()
            .map(|i| match &keys[i] {
                PyKey::Str(s) => s.clone(),
                PyKey::Int(i) => i.to_string(),
            })
            .collect()
    }

    #[test]
    fn string_hashes_are_python_2s() {
        // Values printed by `python2 -c 'print hash("...")'` on a 64-bit build.
        assert_eq!(PyKey::Str("a".into()).hash(), 12416037344);
        assert_eq!(PyKey::Str("".into()).hash(), 0);
        assert_eq!(PyKey::Int(-1).hash(), -2);
    }

    #[test]
    fn small_dicts_order_by_hash_and_big_ones_resize() {
        // `list({"a":0,"b":0,"c":0})` in Python 2 is ['a', 'c', 'b'].
        assert_eq!(order(&["a", "b", "c"]), ["a", "c", "b"]);
        let keys: Vec<String> = (0..40).map(|i| format!("k{i}")).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let got = order(&refs);
        assert_eq!(got.len(), 40);
    }
}
