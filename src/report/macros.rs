//! `put!` and `putln!`: `write!` and `writeln!` into a `String`, which cannot fail.

/// `write!` into a `String`, which cannot fail.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {
        $out.write_fmt(format_args!($($arg)*)).expect("writing to a String cannot fail")
    };
}

/// `writeln!` into a `String`, which cannot fail.
macro_rules! putln {
    ($out:expr, $($arg:tt)*) => {{
        put!($out, $($arg)*);
        $out.push('\n');
    }};
}
