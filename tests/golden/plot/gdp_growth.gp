# gdp_growth: 示例县2016—2025年地区生产总值及其增长速度
# yp-plot chart "gdp_growth" (type bar_line, config/charts.csv:2).  Remake the SVG and PNG
# beside this file with: gnuplot gdp_growth.gp
reset session
set encoding utf8
# House style (config/style.csv): Okabe-Ito colours, whole years, a light grid.
set linetype 1 lc rgb "#0072B2" lw 2 pt 7 ps 0.9 dt solid
set linetype 2 lc rgb "#E69F00" lw 2 pt 7 ps 0.9 dt solid
set linetype 3 lc rgb "#009E73" lw 2 pt 7 ps 0.9 dt solid
set linetype 4 lc rgb "#56B4E9" lw 2 pt 7 ps 0.9 dt solid
set linetype 5 lc rgb "#CC79A7" lw 2 pt 7 ps 0.9 dt solid
set linetype 6 lc rgb "#D55E00" lw 2 pt 7 ps 0.9 dt solid
set linetype 7 lc rgb "#F0E442" lw 2 pt 7 ps 0.9 dt solid
set linetype 8 lc rgb "#000000" lw 2 pt 7 ps 0.9 dt solid
set linetype 9 lc rgb "#D55E00" lw 2 pt 7 ps 0.9
set linetype 10 lc rgb "#9DB9D3" lw 2 pt 7 ps 0.9
set border 3 lc rgb "#222222" lw 1
set tics nomirror out scale 0.6 textcolor rgb "#222222"
set grid ytics lc rgb "#D9D9D9" lw 1 dt solid
set grid noxtics
set key at screen 0.5, screen 0.105 center center horizontal reverse Left samplen 2 spacing 1.1 width 0 textcolor rgb "#222222"
set style fill solid 1.0 noborder
set lmargin 11
set rmargin 4
set format y "%g"
set format x "%g"
set datafile missing "NaN"
# The chart
# Data: year, gdp (亿元), gdp.index (%)
$data << EOD
2016 180 7.799999999999997
2017 195.2 7.5
2018 211.4 7.200000000000003
2019 228.9 6.900000000000006
2020 236.5 2.5999999999999943
2021 258.3 8.400000000000006
2022 270.1 4.099999999999994
2023 288.6 5.900000000000006
2024 305.2 5.299999999999997
2025 322.8 5
EOD
# Layout: bars fill the lower 60 %, the growth line the band above them,
# so that the two never cross.
set xtics nomirror out ("2016" 2016, "2017" 2017, "2018" 2018, "2019" 2019, "2020" 2020, "2021" 2021, "2022" 2022, "2023" 2023, "2024" 2024, "2025" 2025)
set mxtics 1
set xrange [2015.3:2025.7]
set yrange [0:600]
set ytics 200
set ylabel "地区生产总值（亿元）"
set y2range [-16.8571:11.7143]
set y2tics 2, 2, 10 nomirror out
set border 11 lc rgb "#222222"
set rmargin 10
set y2label "比上年增长（%）"
set boxwidth 0.6
# Title and source
set label 98 "示例县2016—2025年地区生产总值及其增长速度" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, PNG for Word (twice the size, text and lines scaled alike)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "gdp_growth.svg"
plot $data using 1:2 with boxes lt 1 title "地区生产总值", \
  $data using 1:2:(sprintf("%.1f", $2)) with labels offset 0,0.6 font ",14" textcolor rgb "#222222" notitle, \
  $data using 1:3 axes x1y2 with linespoints lt 6 lw 2.5 pt 7 ps 1.1 title "比上年增长", \
  $data using 1:3:(sprintf("%.1f", $3)) axes x1y2 with labels offset 0,1.1 font ",14" textcolor rgb "#D55E00" notitle
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "gdp_growth.png"
replot
unset output
