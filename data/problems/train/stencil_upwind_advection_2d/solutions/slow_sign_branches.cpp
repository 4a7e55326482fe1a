void advectUpwind(std::vector<double>& q, std::vector<double> const& vx, std::vector<double> const& vy, size_t n,
                  double dt, int steps) {
  for (int s = 0; s < steps; ++s) {
    std::vector<double> next(n * n);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        std::size_t p = i * n + j;
        std::size_t west = j > 0 ? p - 1 : i * n + n - 1;
        std::size_t east = j + 1 < n ? p + 1 : i * n;
        std::size_t north = i > 0 ? p - n : (n - 1) * n + j;
        std::size_t south = i + 1 < n ? p + n : j;
        double flux = 0.0;
        if (vx[p] > 0) flux += vx[p] * (q[p] - q[west]);
        else flux += vx[p] * (q[east] - q[p]);
        if (vy[p] > 0) flux += vy[p] * (q[p] - q[north]);
        else flux += vy[p] * (q[south] - q[p]);
        next[p] = q[p] - dt * flux;
      }
    }
    q = next;
  }
}
