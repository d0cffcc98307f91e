# peers: 示例县与对标地区人均地区生产总值比较（2024年）
# yp-plot chart "peers" (type peer, config/charts.csv:8).  Remake the SVG and PNG
# beside this file with: gnuplot peers.gp
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
# Data: row (top = largest), region, gdp.per_capita:value in 2024, 1 for the region itself
$data << EOD
5 "北原县" 66000 0
4 "西川县" 61000 0
3 "示例县" 58000 1
2 "东岭县" 52000 0
1 "清河县" 50000 0
0 "南湖县" 47000 0
EOD
set xrange [0:80000]
set xtics 20000 nomirror out
set yrange [-0.6:5.6]
set ytics nomirror out ("北原县" 5, "西川县" 4, "示例县" 3, "东岭县" 2, "清河县" 1, "南湖县" 0)
set grid noytics xtics
set lmargin 12
set xlabel "人均地区生产总值（元）" offset 0,0.3
$mean << EOD
55200 -0.6
55200 2.68

55200 3.32
55200 3.68

55200 4.32
55200 4.68

55200 5.32
55200 5.6

EOD
$parent << EOD
72000 -0.6
72000 5.6

EOD
# Title and source
set label 98 "示例县与对标地区人均地区生产总值比较（2024年）" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
set bmargin 7.5
set label 99 "数据来源：示例市统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, PNG for Word (twice the size, text and lines scaled alike)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "peers.svg"
plot $data using ($3/2):1:(0):3:($1-0.32):($1+0.32):($4 > 0 ? 0xD55E00 : 0x9DB9D3) with boxxyerror lc rgb variable notitle, \
  $data using 3:($3 >= 16000 ? $1 : NaN):(sprintf("%.0f", $3)):($4 > 0 ? 0xFFFFFF : 0x000000) with labels right offset -0.5,0 font ",14" textcolor rgb variable notitle, \
  $mean using 1:2 with lines dt (2,3) lw 2.5 lc rgb "#000000" title "对标地区平均 55200", \
  $parent using 1:2 with lines dt (8,4) lw 2 lc rgb "#009E73" title "示例市 72000"
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "peers.png"
replot
unset output
