//! Who stands with whom: pairwise agreement and the coalition map (classical MDS).

/// Agreement between two stakeholders at one session.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    /// `1 - mean|s_a - s_b| / 4` over the principles where both have a position, in 0..=1;
    /// `None` when they have none in common.
    pub value: Option<f64>,
    /// Number of principles where both have a position.
    pub in_common: usize,
}

/// Agreement from two rows of scores (one per principle, `None` for no position).
pub fn agreement(a: &[Option<i8>], b: &[Option<i8>]) -> Agreement {
    let mut total: u32 = 0;
    let mut in_common = 0usize;
    for (x, y) in a.iter().zip(b) {
        if let (Some(x), Some(y)) = (x, y) {
            total += u32::from(x.abs_diff(*y));
            in_common += 1;
        }
    }
    Agreement {
        value: (in_common > 0).then(|| 1.0 - f64::from(total) / in_common as f64 / 4.0),
        in_common,
    }
}

/// The coalition map of one session: stakeholders placed in 2D so that distances
/// approximate `1 - agreement`. The axes have no meaning of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct CoalitionMap {
    /// Indices (into `project.stakeholders`) of the stakeholders placed: those in scope with at
    /// least one position at the session.
    pub stakeholders: Vec<usize>,
    /// Their coordinates, in the same order.
    pub points: Vec<[f64; 2]>,
    /// The share of the variance the two axes show, in 0..=1 (`None` when there is none).
    pub explained: Option<f64>,
}

/// Classical multidimensional scaling of a symmetric distance matrix (row-major, `n × n`) into
/// two dimensions. Deterministic: fixed start vectors, and each axis oriented so that its
/// largest coordinate (by absolute value, first on ties) is positive.
pub fn classical_mds(distances: &[f64], n: usize) -> (Vec<[f64; 2]>, Option<f64>) {
    if n == 0 {
        return (Vec::new(), None);
    }
    // B = -1/2 · J · D² · J, with J the centring matrix.
    let mut b: Vec<f64> = distances.iter().map(|d| d * d).collect();
    let mut row_means = vec![0.0; n];
    for i in 0..n {
        row_means[i] = b[i * n..(i + 1) * n].iter().sum::<f64>() / n as f64;
    }
    let grand = row_means.iter().sum::<f64>() / n as f64;
    for i in 0..n {
        for j in 0..n {
            b[i * n + j] = -0.5 * (b[i * n + j] - row_means[i] - row_means[j] + grand);
        }
    }
    let trace: f64 = (0..n).map(|i| b[i * n + i]).sum();
    let mut points = vec![[0.0; 2]; n];
    let mut captured = 0.0;
    for (axis, (lambda, mut vector)) in top_eigenpairs(&b, n, 2).into_iter().enumerate() {
        if lambda <= 1e-12 {
            break;
        }
        orient(&mut vector);
        captured += lambda;
        let scale = lambda.sqrt();
        for (point, v) in points.iter_mut().zip(&vector) {
            point[axis] = v * scale;
        }
    }
    let explained = (trace > 1e-12).then(|| (captured / trace).clamp(0.0, 1.0));
    (points, explained)
}

/// Turns an eigenvector (defined up to its sign) so that its largest coordinate by absolute
/// value (the first on ties) is positive: the same map for the same figures.
fn orient(v: &mut [f64]) {
    let mut pivot = 0;
    for i in 1..v.len() {
        if v[i].abs() > v[pivot].abs() + 1e-12 {
            pivot = i;
        }
    }
    if v.get(pivot).is_some_and(|&x| x < 0.0) {
        for x in v.iter_mut() {
            *x = -*x;
        }
    }
}

/// The `count` largest eigenvalues of a symmetric `n × n` matrix (row-major), largest first,
/// with unit eigenvectors, by the Lanczos method with full reorthogonalisation from a fixed
/// start (deterministic). The Krylov basis grows until the wanted Ritz pairs' residuals are
/// below 1e-10 of the spectrum's scale (a few dozen steps for a coalition map of hundreds of
/// stakeholders, against a thousand matrix products for power iteration), or until it spans
/// every direction the start reaches, where the pairs are exact.
#[expect(
    clippy::many_single_char_names,
    reason = "the method's textbook names: the matrix b, the basis vector q, the next w"
)]
fn top_eigenpairs(b: &[f64], n: usize, count: usize) -> Vec<(f64, Vec<f64>)> {
    let mut q: Vec<f64> = (0..n)
        .map(|i| 1.0 + ((i * 7919) % 1000) as f64 / 1000.0)
        .collect();
    normalize(&mut q);
    let scale = (0..n)
        .map(|i| b[i * n..(i + 1) * n].iter().map(|x| x.abs()).sum::<f64>())
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut basis: Vec<Vec<f64>> = Vec::new();
    let mut alpha: Vec<f64> = Vec::new();
    let mut beta: Vec<f64> = Vec::new();
    loop {
        let mut w: Vec<f64> = (0..n)
            .map(|i| {
                b[i * n..(i + 1) * n]
                    .iter()
                    .zip(&q)
                    .map(|(x, y)| x * y)
                    .sum()
            })
            .collect();
        let a = q.iter().zip(&w).map(|(x, y)| x * y).sum::<f64>();
        basis.push(q);
        alpha.push(a);
        // Full reorthogonalisation, twice ("twice is enough"): the basis stays orthonormal to
        // rounding, so no eigenvalue comes back as a ghost copy.
        for _ in 0..2 {
            for v in &basis {
                let dot = v.iter().zip(&w).map(|(x, y)| x * y).sum::<f64>();
                for (x, y) in w.iter_mut().zip(v) {
                    *x -= dot * y;
                }
            }
        }
        let norm = w.iter().map(|x| x * x).sum::<f64>().sqrt();
        let m = basis.len();
        let exhausted = norm <= 1e-12 * scale || m == n;
        // Test convergence every few steps once the basis has some size.
        if exhausted || (m >= 8 && m.is_multiple_of(4)) {
            let (values, vectors) = tridiagonal_eigen(&alpha, &beta);
            let mut order: Vec<usize> = (0..m).collect();
            order.sort_by(|&x, &y| values[y].total_cmp(&values[x]));
            let wanted = &order[..count.min(m)];
            let converged = wanted
                .iter()
                .all(|&k| (norm * vectors[(m - 1) * m + k]).abs() <= 1e-10 * scale);
            if exhausted || converged {
                return wanted
                    .iter()
                    .map(|&k| {
                        let mut x = vec![0.0; n];
                        for (r, v) in basis.iter().enumerate() {
                            let c = vectors[r * m + k];
                            for (xi, vi) in x.iter_mut().zip(v) {
                                *xi += c * vi;
                            }
                        }
                        normalize(&mut x);
                        (values[k], x)
                    })
                    .collect();
            }
        }
        beta.push(norm);
        q = w.into_iter().map(|x| x / norm).collect();
    }
}

/// Eigenvalues and eigenvectors (columns of the row-major `m × m` result) of the symmetric
/// tridiagonal matrix with diagonal `alpha` and off-diagonal `beta`.
fn tridiagonal_eigen(alpha: &[f64], beta: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let m = alpha.len();
    let mut a = vec![0.0; m * m];
    for i in 0..m {
        a[i * m + i] = alpha[i];
        if i + 1 < m {
            a[i * m + i + 1] = beta[i];
            a[(i + 1) * m + i] = beta[i];
        }
    }
    jacobi(a, m)
}

/// Eigenvalues and eigenvectors (columns of the row-major result) of a dense symmetric
/// `m × m` matrix by cyclic Jacobi rotations: for small matrices (the Lanczos basis), where its
/// simplicity and accuracy beat speed.
#[expect(
    clippy::many_single_char_names,
    reason = "the rotation's textbook names: tangent t, cosine c, sine s"
)]
fn jacobi(mut a: Vec<f64>, m: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; m * m];
    for i in 0..m {
        v[i * m + i] = 1.0;
    }
    for _sweep in 0..100 {
        let mut off = 0.0;
        let mut diag = 0.0;
        for i in 0..m {
            for j in 0..m {
                if i == j {
                    diag += a[i * m + j] * a[i * m + j];
                } else {
                    off += a[i * m + j] * a[i * m + j];
                }
            }
        }
        if off <= 1e-30 * diag.max(f64::MIN_POSITIVE) {
            break;
        }
        for p in 0..m {
            for r in p + 1..m {
                let apr = a[p * m + r];
                if apr == 0.0 {
                    continue;
                }
                let theta = (a[r * m + r] - a[p * m + p]) / (2.0 * apr);
                let t = if theta == 0.0 {
                    1.0
                } else {
                    theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt())
                };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..m {
                    let (akp, akr) = (a[k * m + p], a[k * m + r]);
                    a[k * m + p] = c * akp - s * akr;
                    a[k * m + r] = s * akp + c * akr;
                }
                for k in 0..m {
                    let (apk, ark) = (a[p * m + k], a[r * m + k]);
                    a[p * m + k] = c * apk - s * ark;
                    a[r * m + k] = s * apk + c * ark;
                }
                for k in 0..m {
                    let (vkp, vkr) = (v[k * m + p], v[k * m + r]);
                    v[k * m + p] = c * vkp - s * vkr;
                    v[k * m + r] = s * vkp + c * vkr;
                }
            }
        }
    }
    ((0..m).map(|i| a[i * m + i]).collect(), v)
}

/// The `count` largest eigenvalues of a symmetric `n × n` matrix by Jacobi rotations of the
/// whole matrix (n³ per sweep): for tests that check the Lanczos pairs against an independent
/// computation.
#[doc(hidden)]
pub fn top_eigenvalues_by_jacobi(b: &[f64], n: usize, count: usize) -> Vec<f64> {
    let (mut values, _) = jacobi(b.to_vec(), n);
    values.sort_by(|x, y| y.total_cmp(x));
    values.truncate(count);
    values
}

/// [`top_eigenpairs`] for tests: the `count` largest eigenvalues and unit eigenvectors.
#[doc(hidden)]
pub fn top_eigenpairs_by_lanczos(b: &[f64], n: usize, count: usize) -> Vec<(f64, Vec<f64>)> {
    top_eigenpairs(b, n, count)
}

fn normalize(v: &mut [f64]) -> f64 {
    let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm > 0.0 && norm.is_finite() {
        for x in v.iter_mut() {
            *x /= norm;
        }
        norm
    } else {
        0.0
    }
}
