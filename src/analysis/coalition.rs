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
    for axis in 0..2 {
        let (lambda, vector) = dominant_eigen(&b, n, axis);
        if lambda <= 1e-12 {
            break;
        }
        captured += lambda;
        let scale = lambda.sqrt();
        for (point, v) in points.iter_mut().zip(&vector) {
            point[axis] = v * scale;
        }
        // Deflate: B ← B − λ·v·vᵀ.
        for i in 0..n {
            for j in 0..n {
                b[i * n + j] -= lambda * vector[i] * vector[j];
            }
        }
    }
    let explained = (trace > 1e-12).then(|| (captured / trace).clamp(0.0, 1.0));
    (points, explained)
}

/// The largest eigenvalue of a symmetric matrix and its unit eigenvector, by power iteration
/// from a fixed start. Negative eigenvalues are irrelevant to MDS; a shift keeps the iteration
/// on the largest positive one.
fn dominant_eigen(b: &[f64], n: usize, salt: usize) -> (f64, Vec<f64>) {
    // Shift by a bound on the spectral radius so that the largest eigenvalue of B + cI is the
    // largest positive one of B.
    let shift: f64 = (0..n)
        .map(|i| b[i * n..(i + 1) * n].iter().map(|x| x.abs()).sum::<f64>())
        .fold(0.0, f64::max);
    let mut v: Vec<f64> = (0..n)
        .map(|i| 1.0 + ((i * 7919 + salt * 104_729) % 1000) as f64 / 1000.0)
        .collect();
    normalize(&mut v);
    let mut next = vec![0.0; n];
    let mut lambda = 0.0;
    for _ in 0..1000 {
        for i in 0..n {
            let row = &b[i * n..(i + 1) * n];
            next[i] = row.iter().zip(&v).map(|(x, y)| x * y).sum::<f64>() + shift * v[i];
        }
        let norm = normalize(&mut next);
        if norm == 0.0 {
            return (0.0, v);
        }
        let diff: f64 = next.iter().zip(&v).map(|(x, y)| (x - y).abs()).sum();
        std::mem::swap(&mut v, &mut next);
        lambda = norm - shift;
        if diff < 1e-12 {
            break;
        }
    }
    // Rayleigh quotient for the eigenvalue itself.
    let mut rayleigh = 0.0;
    for i in 0..n {
        let row = &b[i * n..(i + 1) * n];
        rayleigh += v[i] * row.iter().zip(&v).map(|(x, y)| x * y).sum::<f64>();
    }
    if rayleigh.is_finite() {
        lambda = rayleigh;
    }
    let mut pivot = 0;
    for i in 1..n {
        if v[i].abs() > v[pivot].abs() + 1e-12 {
            pivot = i;
        }
    }
    if v[pivot] < 0.0 {
        for x in &mut v {
            *x = -*x;
        }
    }
    (lambda, v)
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
