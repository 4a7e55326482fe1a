size_t countCrossingPairs(std::vector<Segment> const& segments) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    for (std::size_t j = i + 1; j < segments.size(); ++j) {
      Segment s = segments[i], t = segments[j];
      // Solve s.p1 + u (s.p2 - s.p1) = t.p1 + v (t.p2 - t.p1) for u and v.
      double rx = s.x2 - s.x1, ry = s.y2 - s.y1, qx = t.x2 - t.x1, qy = t.y2 - t.y1;
      double den = rx * qy - ry * qx;
      if (den == 0) continue;  // parallel: in general position they never meet
      double wx = t.x1 - s.x1, wy = t.y1 - s.y1;
      double u = (wx * qy - wy * qx) / den;
      double v = (wx * ry - wy * rx) / den;
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) ++count;
    }
  }
  return count;
}
