# Reference values for tests/unit/test_trend_models.c, computed with R
# (Debian r-base and r-cran-forecast).  Run:
#   Rscript tests/ref/trend_models.R > tests/ref/trend_models.out
# The test embeds the printed numbers; it does not need R.
suppressMessages(library(forecast))
options(digits = 12)
p <- function(label, x) cat(label, paste(formatC(x, digits = 12, format = "g"), collapse = " "), "\n")

# Series A: an amount (GDP-like, 15 years, index 0..14)
a <- c(120.5, 131.2, 142.8, 155.1, 166.0, 178.9, 192.4, 205.0, 221.7,
       226.3, 245.8, 258.1, 271.9, 286.4, 300.2)
t <- seq_along(a) - 1
new <- data.frame(t = 15:19)

cat("## linear: lm(a ~ t), predict interval = prediction\n")
m <- lm(a ~ t)
p("coef", coef(m))
p("sigma", summary(m)$sigma)
for (lv in c(0.8, 0.95)) {
  pr <- predict(m, new, interval = "prediction", level = lv)
  p(paste0("fit"), pr[, "fit"])
  p(paste0("lwr", lv * 100), pr[, "lwr"])
  p(paste0("upr", lv * 100), pr[, "upr"])
}

cat("## loglinear: lm(log(a) ~ t), exp of the prediction interval\n")
m <- lm(log(a) ~ t)
p("coef", coef(m))
for (lv in c(0.8, 0.95)) {
  pr <- exp(predict(m, new, interval = "prediction", level = lv))
  p("fit", pr[, "fit"])
  p(paste0("lwr", lv * 100), pr[, "lwr"])
  p(paste0("upr", lv * 100), pr[, "upr"])
}

# Series U: a bounded rate (urbanisation-like, 25 years, index 0..24):
# 75/(1+exp(-0.09(i-14))) plus fixed noise, rounded to 0.01.
u <- c(16.88, 17.34, 19.19, 20.37, 21.41, 23.45, 24.43, 26.28, 27.28,
       29.29, 31.1, 32.28, 34.17, 35.56, 37.65, 39.52, 40.79, 42.32, 44.3,
       46.06, 47.09, 49.01, 50.64, 51.77, 53.34)
tu <- seq_along(u) - 1
newu <- 25:29

# Delta-method prediction interval: var = s^2 + g' V g, t with n - p df.
delta <- function(fit, K_fixed = NULL, lv) {
  cf <- coef(fit); V <- vcov(fit); s2 <- summary(fit)$sigma^2
  df <- df.residual(fit)
  K <- if (is.null(K_fixed)) cf[["K"]] else K_fixed
  r <- cf[["r"]]; t0 <- cf[["t0"]]
  out <- sapply(newu, function(x) {
    e <- exp(-r * (x - t0)); q <- 1 + e
    g <- c(K = 1 / q, r = K * e * (x - t0) / q^2, t0 = -K * e * r / q^2)
    g <- g[names(cf)]
    m <- K / q
    se <- sqrt(s2 + drop(t(g) %*% V %*% g))
    c(m, m - qt(1 - (1 - lv) / 2, df) * se, m + qt(1 - (1 - lv) / 2, df) * se)
  })
  out
}

cat("## logistic, K fitted: nls(u ~ K/(1+exp(-r*(t-t0))))\n")
f3 <- nls(u ~ K / (1 + exp(-r * (tu - t0))), start = list(K = 75, r = 0.09, t0 = 14),
          control = nls.control(tol = 1e-7, maxiter = 200))
p("coef", coef(f3))
p("se", sqrt(diag(vcov(f3))))
p("sigma", summary(f3)$sigma)
for (lv in c(0.8, 0.95)) {
  d <- delta(f3, NULL, lv)
  p("fit", d[1, ]); p(paste0("lwr", lv * 100), d[2, ]); p(paste0("upr", lv * 100), d[3, ])
}

cat("## logistic, K fixed at 80\n")
f2 <- nls(u ~ 80 / (1 + exp(-r * (tu - t0))), start = list(r = 0.1, t0 = 15),
          control = nls.control(tol = 1e-7, maxiter = 200))
p("coef", coef(f2))
p("se", sqrt(diag(vcov(f2))))
for (lv in c(0.8, 0.95)) {
  d <- delta(f2, 80, lv)
  p("fit", d[1, ]); p(paste0("lwr", lv * 100), d[2, ]); p(paste0("upr", lv * 100), d[3, ])
}

cat("## holt: forecast::holt(a, h = 5) = ets(AAN, opt.crit = mse)\n")
h1 <- holt(a, h = 5)
p("par", h1$model$par)            # alpha beta l b (ets form)
p("sse", sum(residuals(h1$model)^2))
p("sigma2", h1$model$sigma2)
p("mean", h1$mean)
p("lwr80", h1$lower[, 1]); p("upr80", h1$upper[, 1])
p("lwr95", h1$lower[, 2]); p("upr95", h1$upper[, 2])

cat("## holt damped: forecast::holt(a, h = 5, damped = TRUE)\n")
h2 <- holt(a, h = 5, damped = TRUE)
p("par", h2$model$par)            # alpha beta phi l b
p("sse", sum(residuals(h2$model)^2))
p("sigma2", h2$model$sigma2)
p("mean", h2$mean)
p("lwr80", h2$lower[, 1]); p("upr80", h2$upper[, 1])
p("lwr95", h2$lower[, 2]); p("upr95", h2$upper[, 2])

cat("## holt on series U (25 years), undamped and damped\n")
h3 <- holt(u, h = 5)
p("par", h3$model$par); p("sse", sum(residuals(h3$model)^2)); p("mean", h3$mean)
p("lwr95", h3$lower[, 2]); p("upr95", h3$upper[, 2])
h4 <- holt(u, h = 5, damped = TRUE)
p("par", h4$model$par); p("sse", sum(residuals(h4$model)^2)); p("mean", h4$mean)
p("lwr95", h4$lower[, 2]); p("upr95", h4$upper[, 2])

cat("## gm11 interval (yp-trend's own construction, docs/METHODS.md):\n")
cat("## log-linear prediction interval around GM(1,1)'s exponential,\n")
cat("## residuals ln x0(k) - ln xhat0(k) for k = 2..n, t with n - 3 df\n")
gm <- function(x0, h = 5) {
  n <- length(x0); x1 <- cumsum(x0); z <- (x1[-1] + x1[-n]) / 2
  B <- cbind(-z, 1); ab <- solve(t(B) %*% B, t(B) %*% x0[-1]); a <- ab[1]; b <- ab[2]
  k <- 0:(n + h - 1)
  xh1 <- (x0[1] - b / a) * exp(-a * k) + b / a
  xh0 <- c(x0[1], diff(xh1))
  kk <- 1:(n - 1); r <- log(x0[-1]) - log(xh0[2:n]); m <- n - 1
  s2 <- sum(r^2) / (m - 2); kbar <- mean(kk); skk <- sum((kk - kbar)^2)
  x <- n:(n + h - 1); fc <- xh0[(n + 1):(n + h)]
  p("a b", c(a, b)); p("forecast", fc)
  for (lv in c(0.8, 0.95)) {
    q <- qt(1 - (1 - lv) / 2, m - 2); sd <- sqrt(s2 * (1 + 1 / m + (x - kbar)^2 / skk))
    p(paste0("lwr", lv * 100), fc * exp(-q * sd)); p(paste0("upr", lv * 100), fc * exp(q * sd))
  }
}
gm(c(2.874, 3.278, 3.337, 3.390, 3.679))
