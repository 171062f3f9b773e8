# Reference values for tests/unit/test_pooling.py: the pooled gain model fitted by lme4 (Bates et al.),
# the R package that defines nested random intercepts, on the same participations as the test.
#   apt-get install r-cran-lme4    (Debian; lme4 1.1-31 gave the values in the test)
#   Rscript tests/reference/lme4_pooling.R
# The model is pooling.pooled_gain's: method fixed effects, a random intercept per dinas and one per activity
# within it, REML.
suppressMessages(library(lme4))
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
d <- read.csv(file.path(here, "pooling-kegiatan.csv"))
fit <- lmer(gain ~ metode + (1 | dinas) + (1 | dinas:kegiatan_id), data = d, REML = TRUE,
            control = lmerControl(optimizer = "bobyqa", optCtrl = list(maxfun = 1e5)))
components <- as.data.frame(VarCorr(fit))
for (i in seq_len(nrow(components))) cat(sprintf("var %s %.15g\n", components$grp[i], components$vcov[i]))
beta <- fixef(fit)
se <- sqrt(diag(as.matrix(vcov(fit))))
for (name in names(beta)) cat(sprintf("fixed %s %.15g %.15g\n", name, beta[[name]], se[[name]]))
cat(sprintf("cov_fixed %.15g\n", as.matrix(vcov(fit))[1, 2]))
blups <- ranef(fit)$dinas
for (name in rownames(blups)) cat(sprintf("blup %s %.15g\n", name, blups[name, 1]))
cat(sprintf("reml %.15g\n", as.numeric(logLik(fit))))
