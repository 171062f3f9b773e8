# Reference values for tests/unit/test_budget_reference.py: the budget slope's CR2 standard error and
# Bell-McCaffrey (Satterthwaite) degrees of freedom from clubSandwich (Pustejovsky), the R package
# that defines CR2 with clusters, on the same participations as the test.
#   apt-get install r-cran-clubsandwich    (Debian; clubSandwich 0.5.8 gave the values in the test)
#   Rscript tests/reference/clubsandwich_anggaran.R
# The model is budget.budget_model's with the controls it keeps: at 16 activities the year is dropped.
suppressMessages(library(clubSandwich))
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
models <- list(
  "anggaran-16-kegiatan.csv" = gain ~ log_biaya + jp + nilai_pre + log_ukuran_kelas + factor(metode),
  "anggaran-18-kegiatan.csv" = gain ~ log_biaya + jp + nilai_pre + log_ukuran_kelas + factor(metode) +
    factor(tahun_kegiatan)
)
for (name in names(models)) {
  d <- read.csv(file.path(here, name))
  d$log_biaya <- log(d$biaya_per_peserta_rp / 1e6)
  d$log_ukuran_kelas <- log(d$n_peserta)
  linear <- lm(models[[name]], data = d)
  quadratic <- update(linear, . ~ . + I(log_biaya^2))
  for (fit in list(linear, quadratic)) {
    term <- if (identical(fit, linear)) "log_biaya" else "I(log_biaya^2)"
    test <- coef_test(fit, vcov = "CR2", cluster = d$kegiatan_id, test = "Satterthwaite")
    row <- test[test$Coef == term, ]
    cat(sprintf("%s %s estimate=%.15g se=%.15g df=%.15g p=%.15g\n", name, term, row$beta, row$SE, row$df_Satt,
                row$p_Satt))
  }
}
