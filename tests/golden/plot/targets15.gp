# targets15: 示例县“十五五”规划目标所需增速与历史增速比较
# yp-plot chart "targets15" (type target15, config/charts.csv:11).  Remake the SVG and PNG
# beside this file with: gnuplot targets15.gp
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
# Data: row, required annual rate, 十四五 rate, 十三五 rate, verdict code, verdict,
# where the required rate's value goes (beyond the row's longest bar)
$data << EOD
4 -2.5 -2.9 -3.4 1 "符合趋势" -3.4
2 5.9 6.4 7.5 2 "需加力" 7.5
1 7.5 5.4 6 3 "难度较大" 7.5
0 1.2 1 1.3 2 "需加力" 1.3
EOD
set xrange [-5:10]
set xtics 2.5 nomirror out
set yrange [-0.7:5.7]
set ytics nomirror out scale 0 ("【约束性指标】" 5, "【预期性指标】" 3, "单位地区生产总值能耗" 4, "地区生产总值" 2, "居民人均可支配收入" 1, "常住人口城镇化率（百分点）" 0)
set lmargin 26
set grid noytics xtics
set rmargin 12
set label 1 "研判" at graph 1, graph 1 left offset 1,0.7 font ",13" textcolor rgb "#222222"
set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc rgb "#222222" lw 1 front
set xlabel "年均增速（%；比率类指标为百分点）" offset 0,0.3
# Title and source
set label 98 "示例县“十五五”规划目标所需增速与历史增速比较" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
set bmargin 7.5
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, PNG for Word (twice the size, text and lines scaled alike)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "targets15.svg"
plot $data using ($2/2):($1+0.22):(0):2:($1+0.1):($1+0.34) with boxxyerror lt 1 title "十五五所需", \
  $data using 7:($2 >= 0 ? $1+0.22 : NaN):(sprintf("%.1f", $2)) with labels left offset 0.4,0 font ",14" notitle, \
  $data using 7:($2 < 0 ? $1+0.22 : NaN):(sprintf("%.1f", $2)) with labels right offset -0.4,0 font ",14" notitle, \
  $data using ($3/2):1:(0):3:($1-0.1):($1+0.1) with boxxyerror lt 2 title "十四五实际", \
  $data using ($4/2):($1-0.22):(0):4:($1-0.34):($1-0.1) with boxxyerror lt 4 title "十三五实际", \
  $data using (10):1:6:($5 == 1 ? 0x009E73 : $5 == 2 ? 0xB07800 : $5 == 3 ? 0xD55E00 : 0x666666) with labels left offset 1,0 font ",16" textcolor rgb variable notitle
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "targets15.png"
replot
unset output
